package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.extract.Names;
import org.stdkg.query.QueryCatalogue;
import org.stdkg.query.SeedStore;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

/**
 * The HTTP surface of the canned queries, the search and the SPARQL endpoint, on a real server
 * (port 0) over a TDB2 database built from {@code seeds/} by the real extraction rules, with a
 * 2-second query timeout. One server for the class.
 *
 * <p>The answers asserted here are what the extraction rules give on the seeds (CannedQueriesIT
 * checks every query's logic on the same seeds with facts supplied by a script).
 */
class QueryServerIT {

    @TempDir
    static Path dir;

    static StdkgServer server;
    static HttpClient http;
    static String base;

    @BeforeAll
    static void start() {
        StoreConfiguration config = StoreConfiguration.bundled(dir.resolve("db"), Duration.ofSeconds(2));
        server = StdkgServer.create().configuration(config).port(0).build();
        // Build through the server's own dataset, as `stdkg serve` does: one text index writer per directory.
        SeedStore.build(GraphStore.wrap(server.dataset(), config), SeedStore.realExtraction());
        server.start();
        base = "http://localhost:" + server.port();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A canned query's SPARQL JSON rows: variable to value. */
    static List<Map<String, String>> rows(String name, String... params) throws IOException, InterruptedException {
        StringBuilder q = new StringBuilder("/queries/" + name + "?format=json");
        for (int i = 0; i < params.length; i += 2) {
            q.append('&').append(enc(params[i])).append('=').append(enc(params[i + 1]));
        }
        HttpResponse<String> r = get(q.toString(), null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        return sparqlRows(r.body());
    }

    static List<Map<String, String>> sparqlRows(String json) {
        JsonObject o = JSON.parse(json);
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonValue b : o.get("results").getAsObject().get("bindings").getAsArray()) {
            Map<String, String> row = new LinkedHashMap<>();
            b.getAsObject().entrySet().forEach(e -> row.put(e.getKey(), e.getValue().getAsObject().get("value").getAsString().value()));
            rows.add(row);
        }
        return rows;
    }

    static Set<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(v -> v != null).collect(Collectors.toSet());
    }

    static long tripleCount() throws IOException, InterruptedException {
        HttpResponse<String> r = get("/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                "application/sparql-results+json");
        return Long.parseLong(sparqlRows(r.body()).get(0).get("n"));
    }

    // ---- the catalogue

    @Test
    void catalogueAsJsonListsEveryQueryWithParams() throws Exception {
        HttpResponse<String> r = get("/queries", "application/json");
        assertEquals(200, r.statusCode());
        JsonArray queries = JSON.parse(r.body()).get("queries").getAsArray();
        assertEquals(QueryCatalogue.bundled().names().size(), queries.size());
        JsonObject byCommittee = queries.stream().map(JsonValue::getAsObject)
                .filter(q -> q.get("name").getAsString().value().equals("standards-by-committee")).findFirst().orElseThrow();
        assertEquals("Standards by committee", byCommittee.get("title").getAsString().value());
        JsonObject param = byCommittee.get("params").getAsArray().get(0).getAsObject();
        assertEquals("committee", param.get("name").getAsString().value());
        assertEquals("name", param.get("type").getAsString().value());
        assertEquals("ISO/IEC JTC 1/SC 42", param.get("default").getAsString().value());
    }

    @Test
    void catalogueAsHtmlByAcceptOrFormat() throws Exception {
        for (HttpResponse<String> r : List.of(get("/queries", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"),
                get("/queries?format=html", null))) {
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(r.body().contains("<meta name=\"viewport\""));
            assertTrue(r.body().contains("Standards by committee"));
            assertTrue(r.body().contains("/index.html#/dataset/kg/query?query="), "links to the Fuseki UI with the query");
            assertFalse(r.body().contains("<script"), "no scripts");
        }
    }

    // ---- canned queries on the real extraction

    @Test
    void everyCannedQueryAnswersInEveryFormat() throws Exception {
        for (String name : QueryCatalogue.bundled().names()) {
            rows(name);
            HttpResponse<String> csv = get("/queries/" + name + "?format=csv", null);
            assertEquals(200, csv.statusCode(), name);
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), name);
            HttpResponse<String> tsv = get("/queries/" + name, "text/tab-separated-values");
            assertEquals(200, tsv.statusCode(), name);
            assertTrue(tsv.body().startsWith("?"), name + ": TSV header");
            HttpResponse<String> html = get("/queries/" + name, "text/html");
            assertEquals(200, html.statusCode(), name);
            assertTrue(html.body().contains("<table>"), name);
        }
    }

    @Test
    void standardsByCommitteeSc42() throws Exception {
        List<Map<String, String>> rows = rows("standards-by-committee", "committee", "ISO/IEC JTC 1/SC 42");
        Set<String> published = rows.stream().filter(r -> "published".equals(r.get("status"))).map(r -> r.get("notation"))
                .collect(Collectors.toSet());
        Set<String> developing = rows.stream().filter(r -> "in development".equals(r.get("status"))).map(r -> r.get("notation"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("ISO/IEC 42001", "ISO/IEC 22989", "ISO/IEC 23894", "ISO/IEC 23053", "ISO/IEC TS 4213", "ISO/IEC TR 24027",
                "ISO/IEC TR 24028"), published);
        assertEquals(Set.of("ISO/IEC 42005", "ISO/IEC 42006"), developing);
        assertEquals(rows.size(), rows("standards-by-committee", "committee", "JTC1/SC42").size());
    }

    @Test
    void sc42StatusBreakdownAndPlaceInTheTree() throws Exception {
        List<Map<String, String>> status = rows("committee-status", "committee", "SC 42");
        assertEquals(1, status.size(), status.toString());
        assertEquals("7", status.get(0).get("published"));
        assertEquals("2", status.get(0).get("inDevelopment"));
        assertEquals("9", status.get(0).get("total"));
        List<Map<String, String>> tree = rows("committee-tree", "org", "ISO");
        Map<String, String> sc42 = tree.stream().filter(r -> "ISO/IEC JTC 1/SC 42".equals(r.get("unitLabel"))
                && "ISO/IEC JTC 1".equals(r.get("parentLabel"))).findFirst().orElseThrow(() -> new AssertionError(tree.toString()));
        assertEquals("2", sc42.get("depth"));
    }

    @Test
    void eventsOfTheSeeds() throws Exception {
        List<Map<String, String>> rows = rows("events", "from", "2023-11", "to", "2023-12");
        Map<String, String> expo = rows.stream().filter(r -> Names.key(r.get("label")).contains("iottechexpoglobal")).findFirst()
                .orElseThrow(() -> new AssertionError(rows.toString()));
        assertEquals("2023-11-30", expo.get("start"));
        assertEquals("2023-12-01", expo.get("end"));
        assertTrue(expo.get("places").contains("London"));
    }

    @Test
    void commitmentsAndPeopleOfTheSeoulStatement() throws Exception {
        List<Map<String, String>> commitments = rows("commitments", "org", "ITU");
        assertTrue(commitments.size() >= 5, commitments.toString());
        assertTrue(column(commitments, "statedIn").contains("Seoul Statement"));
        Set<String> people = column(rows("people"), "name");
        assertTrue(people.containsAll(Set.of("Seizo Onoe", "Sung Hwan Cho", "Jo Cops")), people.toString());
    }

    @Test
    void standardsOfTheSeeds() throws Exception {
        Set<String> notations = column(rows("standards"), "notation");
        assertTrue(notations.containsAll(Set.of("ISO/IEC 42001", "ISO/IEC 42005", "ISO/IEC TR 24028", "ISO 19079")), notations.toString());
    }

    @Test
    void entityAndEvidenceOfIsoIec42001() throws Exception {
        List<Map<String, String>> entity = rows("entity", "entity", "iso/iec 42001");
        assertTrue(column(entity, "class").contains("Standard"), entity.toString());
        assertTrue(column(entity, "value").contains("ISO/IEC 42001"));
        List<Map<String, String>> evidence = rows("evidence", "subject", "ISO/IEC 42001", "predicate", "type");
        assertTrue(evidence.stream().anyMatch(r -> r.get("sentence").contains("flagship AI management system standard")), evidence.toString());
    }

    @Test
    void standardsMentioningTrustworthiness() throws Exception {
        Set<String> notations = column(rows("standards-mentioning", "word", "trustworthiness"), "notation");
        assertTrue(notations.containsAll(Set.of("ISO/IEC TR 24028", "ISO/IEC 30147", "ISO/IEC 30149")), notations.toString());
        assertFalse(notations.contains("ISO/IEC 42001"));
    }

    @Test
    void documentsAndTheirEntities() throws Exception {
        assertEquals(2, rows("documents").size());
        Set<String> labels = column(rows("document-entities", "document", "004_41f0ccb0a6d27207.txt"), "label");
        assertTrue(labels.contains("ISO/IEC 42001"), labels.toString());
        Map<String, String> standards = rows("dataset-overview").stream()
                .filter(r -> r.get("term").equals("https://w3id.org/stdkg/ontology#Standard")).findFirst().orElseThrow();
        assertTrue(Integer.parseInt(standards.get("count")) >= 9, standards.toString());
    }

    // ---- errors

    @Test
    void unknownQueryIs404ListingKnownOnes() throws Exception {
        HttpResponse<String> r = get("/queries/no-such-query", null);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("no-such-query"));
        assertTrue(r.body().contains("standards-by-committee") && r.body().contains("dataset-overview"), r.body());
    }

    @Test
    void unknownOrMalformedParameterIs400NamingIt() throws Exception {
        HttpResponse<String> unknown = get("/queries/events?frm=2023", null);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("'frm'"), unknown.body());
        HttpResponse<String> badDate = get("/queries/events?from=2023-13-01", null);
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("'from'"), badDate.body());
        HttpResponse<String> badIri = get("/queries/entity?entity=" + enc("http://x y"), null);
        assertEquals(200, badIri.statusCode(), "an entity that is not a valid IRI is a name");
        HttpResponse<String> tooLong = get("/queries/standards-by-committee?committee=" + "x".repeat(1001), null);
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("'committee'"), tooLong.body());
        HttpResponse<String> twice = get("/queries/events?from=2023&from=2024", null);
        assertEquals(400, twice.statusCode());
        assertTrue(twice.body().contains("'from'"));
        HttpResponse<String> html = get("/queries/events?from=soon&format=html", null);
        assertEquals(400, html.statusCode());
        assertTrue(html.body().contains("class=\"error\"") && html.body().contains("parameter &apos;from&apos;"), html.body());
        assertEquals(400, get("/queries/events?format=xml", null).statusCode());
    }

    @Test
    void injectionAttemptIsBoundAsALiteral() throws Exception {
        long before = tripleCount();
        List<Map<String, String>> rows = rows("standards-by-committee", "committee", "\"} ; DROP ALL #");
        assertTrue(rows.isEmpty());
        assertTrue(rows("entity", "entity", "\"} ; DROP ALL #").isEmpty());
        assertEquals(before, tripleCount());
    }

    @Test
    void htmlEscapesEveryValue() throws Exception {
        HttpResponse<String> r = get("/queries/standards-by-committee?format=html&committee=" + enc("<script>alert(1)</script>"), null);
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>"), r.body());
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        HttpResponse<String> s = get("/search?format=html&q=" + enc("<script>alert(1)</script>"), null);
        assertFalse(s.body().contains("<script>"), s.body());
    }

    // ---- the SPARQL endpoint

    @Test
    void updatesAreRefused() throws Exception {
        long before = tripleCount();
        assertTrue(before > 0);
        HttpResponse<String> viaSparql = postForm("/sparql", "update=" + enc("DROP ALL"));
        assertTrue(viaSparql.statusCode() >= 400 && viaSparql.statusCode() < 500, viaSparql.statusCode() + " " + viaSparql.body());
        HttpResponse<String> viaUpdate = postForm("/kg/update", "update=" + enc("DROP ALL"));
        assertTrue(viaUpdate.statusCode() >= 400 && viaUpdate.statusCode() < 500, viaUpdate.statusCode() + " " + viaUpdate.body());
        HttpResponse<String> viaDataset = postForm("/kg", "update=" + enc("DROP ALL"));
        assertTrue(viaDataset.statusCode() >= 400 && viaDataset.statusCode() < 500, viaDataset.statusCode() + " " + viaDataset.body());
        assertEquals(before, tripleCount());
    }

    @Test
    void malformedSparqlIs400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc("SELECT * WHERE { ?s ?p }"), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") && r.body().contains("line 1"), r.body());
    }

    @Test
    void runawayQueryIsCutAtTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = postForm("/sparql", "query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("timed out"), r.body());
        assertTrue(seconds < 10, "cut after " + seconds + " s");
    }

    // ---- search

    static JsonArray search(String q, String... more) throws IOException, InterruptedException {
        StringBuilder url = new StringBuilder("/search?q=" + enc(q));
        for (String m : more) {
            url.append('&').append(m);
        }
        HttpResponse<String> r = get(url.toString(), null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(r.body()).get("hits").getAsArray();
    }

    static List<String> labels(JsonArray hits) {
        return hits.stream().map(h -> h.getAsObject().get("label").getAsString().value()).toList();
    }

    @Test
    void searchFindsByNotationCaseInsensitively() throws Exception {
        JsonArray hits = search("iso/iec tr 24028 ");
        assertEquals("ISO/IEC TR 24028", labels(hits).get(0));
        JsonObject top = hits.get(0).getAsObject();
        assertEquals("Standard", top.get("class").getAsString().value());
        assertEquals("http://localhost:3030/id/standard/iso-iec-tr-24028", top.get("iri").getAsString().value());
        assertEquals("ISO/IEC TR 24028", top.get("snippet").getAsString().value());
        assertFalse(top.get("highlights").getAsArray().isEmpty());
    }

    @Test
    void searchCompletesAPrefix() throws Exception {
        for (String q : List.of("ISO/IEC 420", "4200")) {
            List<String> labels = labels(search(q));
            assertTrue(labels.containsAll(List.of("ISO/IEC 42001", "ISO/IEC 42005", "ISO/IEC 42006")), q + ": " + labels);
            assertTrue(labels.stream().allMatch(l -> l.contains("4200")), q + ": " + labels);
        }
        // A finished word (trailing space) is not a prefix.
        assertTrue(search("4200 ").isEmpty());
    }

    @Test
    void searchGroupsByEntityAndLimits() throws Exception {
        JsonArray hits = search("iso", "limit=5");
        assertEquals(5, hits.size());
        assertEquals(5, labels(hits).stream().distinct().count());
        assertTrue(search("iso", "limit=1000").size() <= 100);
        assertEquals(400, get("/search?q=iso&limit=lots", null).statusCode());
        assertEquals(400, get("/search", null).statusCode());
    }

    @Test
    void searchEscapesLuceneSyntax() throws Exception {
        for (String q : List.of("ISO/IEC (42001", "\"} ; DROP ALL #", "AND OR NOT", "*", "title:x~2^3 [a TO b]")) {
            HttpResponse<String> r = get("/search?q=" + enc(q), null);
            assertEquals(200, r.statusCode(), q + ": " + r.body());
        }
        assertEquals("ISO/IEC 42001", labels(search("ISO/IEC (42001")).get(0));
    }

    @Test
    void searchAsHtml() throws Exception {
        HttpResponse<String> r = get("/search?q=" + enc("ISO/IEC 4200"), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<mark>42001</mark>"), r.body());
        HttpResponse<String> form = get("/search", "text/html");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("type=\"search\""));
    }
}
