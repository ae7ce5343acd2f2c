# stdkg: build the jar with Maven, run it on a JRE. Mirrors the README:
#   docker build -t stdkg .
#   docker run --rm -p 3030:3030 stdkg                      # serve the graph of seeds/ (built into the image)
#   docker run --rm -v "$PWD:/work" stdkg extract /work/texts -o /work/stdkg.nq

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, in their own layer, so that a change to the sources does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
# Everything else the build may read (sources, ontology, queries); .dockerignore keeps target/ and data/ out.
COPY . .
# The class-data-sharing archive is made in the runtime image below, against the jar path it runs with.
RUN mvn -B -q package -DskipTests -Dcds.skip

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/stdkg.jar /app/stdkg.jar
COPY seeds /app/seeds
# A training run (README, "Faster startup"): builds the graph of seeds/ into /app/data (serve's
# default database, so a container answers at once) and records the classes a server loads in a
# class-data-sharing archive; it fails the image build unless every warm-up request gets a 200.
RUN java -XX:ArchiveClassesAtExit=/app/stdkg.jsa -jar /app/stdkg.jar serve --port 0 --exit-after-warm-up
EXPOSE 3030
# The working directory holds seeds/ and data/, the default input and database of build and serve.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/stdkg.jsa", "-jar", "/app/stdkg.jar"]
CMD ["serve"]
