# stdkg: build the jar with Maven, run it on a JRE. Mirrors the README:
#   docker build -t stdkg .
#   docker run --rm -p 3030:3030 stdkg                      # serve (builds the graph from seeds/ first)
#   docker run --rm -v "$PWD:/work" stdkg extract /work/texts -o /work/stdkg.nq

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, in their own layer, so that a change to the sources does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
# Everything else the build may read (sources, ontology, queries); .dockerignore keeps target/ and data/ out.
COPY . .
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/stdkg.jar /app/stdkg.jar
COPY seeds /app/seeds
EXPOSE 3030
# The working directory holds seeds/, the default input of build and serve.
ENTRYPOINT ["java", "-jar", "/app/stdkg.jar"]
CMD ["serve"]
