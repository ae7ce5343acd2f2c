package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.build.GraphBuilder;
import org.stdkg.document.DocumentReader;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Extractor;
import org.stdkg.rdf.Iris;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

/** The real server on a free port over a TDB2 database built from the seeds, spoken to over HTTP. */
class ServerIT {

    @TempDir
    static Path temp;

    static StdkgServer server;
    static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    @BeforeAll
    static void start() {
        StoreConfiguration config = StoreConfiguration.bundled(temp.resolve("db"), Duration.ofSeconds(2));
        server = StdkgServer.create().configuration(config).port(0).build();
        GraphStore store = GraphStore.wrap(server.dataset(), config);
        CorpusExtractor corpus = new CorpusExtractor(Extractor.create().build(), DocumentReader.create(), 2, Duration.ofMinutes(2));
        new GraphBuilder(corpus, Iris.of(Iris.DEFAULT_BASE)).build(store, List.of(Path.of("seeds")), new GraphBuilder.Listener() { });
        server.start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postForm(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String q(String sparql) {
        return URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    @Test
    void sparqlGetOverUnionOfDocumentGraphsAnswersWithJson() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("PREFIX kg: <https://w3id.org/stdkg/ontology#> "
                + "SELECT ?n WHERE { ?s a kg:Standard ; <http://www.w3.org/2004/02/skos/core#notation> ?n } ORDER BY ?n"),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        List<String> notations = new java.util.ArrayList<>();
        rs.forEachRemaining(row -> notations.add(row.getLiteral("n").getString()));
        assertTrue(notations.contains("ISO/IEC 42001"), () -> "notations: " + notations);
    }

    @Test
    void warmUpSendsOneRequestOfEachKindAndEveryOneIsAnswered() {
        List<String> lines = WarmUp.run(server.port());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("200 ")), lines.toString());
        // The search found an entity, so its page and data were asked for too.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("200 /page/")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("200 /data/")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("200 /queries/")), lines.toString());
    }

    @Test
    void sparqlPostFormIsAnswered() throws Exception {
        HttpResponse<String> r = postForm("/sparql", "query=" + q("ASK { ?s ?p ?o }"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"));
    }

    @Test
    void updatesAreRefusedOnEveryPath() throws Exception {
        String update = "update=" + q("DROP ALL");
        for (String path : List.of("/sparql", "/kg", "/kg/sparql", "/kg/update", "/kg/data")) {
            HttpResponse<String> r = postForm(path, update);
            assertTrue(r.statusCode() >= 400, () -> path + " answered " + r.statusCode());
        }
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/get?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400, () -> "PUT answered " + put.statusCode());
        HttpResponse<String> still = get("/sparql?query=" + q("ASK { ?s ?p ?o }"), "application/sparql-results+json");
        assertTrue(still.body().contains("true"), "data still there");
    }

    @Test
    void malformedSparqlGets400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("SELECT * WHERE { ?s ?p "), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") || r.body().contains("Parse error"), r.body());
    }

    @Test
    void runawayQueryIsCutAtTheTimeoutAndServerStaysResponsive() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get("/sparql?query=" + q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"),
                "application/sparql-results+json");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(seconds < 15, "cut within the timeout, took " + seconds + " s");
        assertEquals(503, r.statusCode(), () -> "a runaway query is refused: " + r.body());
        assertTrue(r.body().toLowerCase().contains("timed out") || r.body().toLowerCase().contains("timeout"), r.body());
        assertEquals(200, get("/$/ping", null).statusCode());
    }

    @Test
    void healthMetricsAndUiAreServed() throws Exception {
        assertEquals(200, get("/$/ping", null).statusCode());
        HttpResponse<String> metrics = get("/$/metrics", null);
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("jvm_"), "Prometheus text format");
        HttpResponse<String> ui = get("/", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), "the Fuseki UI page");
    }

    @Test
    void corsAllowsBrowserToolsToQuery() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + q("ASK {}")))
                .header("Origin", "http://example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("http://example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }
}
