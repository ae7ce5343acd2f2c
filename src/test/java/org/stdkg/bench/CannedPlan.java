package org.stdkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.stdkg.linkeddata.EntityDescriber;
import org.stdkg.query.CannedQuery;
import org.stdkg.query.QueryBinder;
import org.stdkg.query.QueryCatalogue;

/**
 * Writes the {@link HttpBench} plan for the canned queries: for each query of a {@code queries/}
 * directory, the stdkg URL ({@code /queries/NAME?format=json}, default parameters) and the stock
 * Fuseki URL ({@code /kg/sparql?query=…}) with the same query, its defaults bound exactly as stdkg
 * binds them ({@link QueryBinder}), so both servers run the same algebra.
 *
 * <p>With {@code --entities}, also a few entity pages, chosen from the database through the stock
 * server (the organisation named in most documents, a committee, a standard and a person of middle
 * rank): {@code page-…}, stdkg's HTML page against {@code DESCRIBE <iri>} on the stock server (the
 * comparison the issue asks for; the page does more: incoming links, labels, evidence), and
 * {@code data-…}, stdkg's Turtle description ({@code /data/…}, first window of each long list) against
 * the CONSTRUCT query that gives the same triples ({@link EntityDescriber#describeQuery}; stdkg reads
 * them by index look-ups instead), sent to the stock server as Turtle: like for like.
 *
 * <p>{@code --stock -} writes a plan for stdkg alone ({@link HttpBench} then measures one side);
 * entities are then chosen through stdkg's {@code /sparql}.
 *
 * <pre>
 * java -cp … org.stdkg.bench.CannedPlan --queries queries --stdkg http://127.0.0.1:3131 --stock http://127.0.0.1:3132/kg/sparql
 *      [--entities true] [--base http://localhost:3030/]
 * </pre>
 */
public final class CannedPlan {

    private CannedPlan() {
    }

    public static void main(String[] args) throws Exception {
        Path queries = Path.of("queries");
        String stdkg = null;
        String stock = null;
        boolean entities = false;
        String base = org.stdkg.rdf.Iris.DEFAULT_BASE;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--queries" -> queries = Path.of(args[i + 1]);
                case "--stdkg" -> stdkg = args[i + 1];
                case "--stock" -> stock = args[i + 1];
                case "--entities" -> entities = Boolean.parseBoolean(args[i + 1]);
                case "--base" -> base = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (stdkg == null || stock == null) {
            System.err.println("usage: CannedPlan [--queries DIR] --stdkg BASE_URL --stock SPARQL_ENDPOINT_URL");
            System.exit(2);
        }
        boolean alone = stock.equals(HttpBench.NONE);
        for (CannedQuery q : QueryCatalogue.fromDirectory(queries).all()) {
            String sparql = QueryBinder.bind(q, Map.of()).query().serialize();
            System.out.println(q.name() + "\t" + stdkg + "/queries/" + q.name() + "?format=json\t"
                    + (alone ? HttpBench.NONE : stock + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)));
        }
        if (entities) {
            for (String[] pick : PICKS) {
                String iri = pick(alone ? stdkg + "/sparql" : stock, pick[1], Integer.parseInt(pick[2]));
                if (iri == null || !iri.startsWith(base + "id/")) {
                    System.err.println("CannedPlan: no " + pick[0] + " entity to benchmark");
                    continue;
                }
                String path = iri.substring((base + "id/").length());
                String html = "text/html";
                String turtle = "text/turtle";
                System.out.println("page-" + pick[0] + "\t" + stdkg + "/page/" + path + "\t" + (alone ? HttpBench.NONE : stock + "?query="
                        + URLEncoder.encode("DESCRIBE <" + iri + ">", StandardCharsets.UTF_8)) + "\t" + html + "\t" + turtle);
                System.out.println("data-" + pick[0] + "\t" + stdkg + "/data/" + path + "\t" + (alone ? HttpBench.NONE : stock + "?query="
                        + URLEncoder.encode(EntityDescriber.describeQuery(iri).serialize(), StandardCharsets.UTF_8)) + "\t" + turtle + "\t"
                        + turtle);
            }
        }
    }

    /** Which entities: name, class, rank by number of source documents (0 = most). */
    private static final String[][] PICKS = {
        {"top-organisation", "Organisation", "0"},
        {"committee", "Committee", "10"},
        {"standard", "Standard", "50"},
        {"person", "Person", "5"},
    };

    /** The entity of a class at a rank by number of source documents (or the last one, when there are fewer). */
    private static String pick(String endpoint, String kind, int rank) throws Exception {
        String query = "PREFIX kg: <https://w3id.org/stdkg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "SELECT ?e (COUNT(DISTINCT ?d) AS ?n) WHERE { ?e a kg:" + kind + " ; prov:wasDerivedFrom ?d } GROUP BY ?e "
                + "ORDER BY DESC(?n) ?e LIMIT " + (rank + 1);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .timeout(java.time.Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("choosing a " + kind + ": HTTP " + r.statusCode());
        }
        ResultSet rs = ResultSetFactory.fromJSON(r.body());
        String last = null;
        while (rs.hasNext()) {
            last = rs.next().getResource("e").getURI();
        }
        return last;
    }
}
