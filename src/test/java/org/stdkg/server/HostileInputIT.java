package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.query.CannedQuery;
import org.stdkg.query.ParamType;
import org.stdkg.query.QueryCatalogue;
import org.stdkg.query.QueryParam;
import org.stdkg.rdf.Iris;

/**
 * Hostile requests against a real server over the seeds plus a document full of markup: update
 * attempts on every path and method, bodies above the size limit (with a Content-Length and
 * chunked), a runaway query next to a simple one, injection through every canned query's
 * parameters, traversal, overlong and badly encoded paths under every served prefix, SERVICE
 * requests to the server's own network, and markup from the texts on every HTML page. Each test
 * that sends something that could change the data checks afterwards that the data is unchanged.
 *
 * <p>The server runs with small limits so the tests stay quick: a 64 KiB body limit, a 5-row
 * limit for canned queries and a 3-second query timeout.
 */
class HostileInputIT {

    static final int MAX_BODY = 64 * 1024;
    static final int MAX_ROWS = 5;
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    /** Markup where names, titles and sentences go; the report's name becomes a publication's label. */
    static final String MARKUP_TEXT = LinkedDataIT.MARKUP_TEXT
            + "\nThe \"Quote's & <b>Bold</b> Committee\" (QBC) develops ISO/IEC 99998 </textarea><img src=x onerror=alert(3)>.\n";
    static final String MARKUP_LABEL = "Trust </script><script>alert(2)</script> in AI Systems";

    /** What no answer may contain: a file from outside the served set. */
    static final List<String> FOREIGN_CONTENT = List.of("root:x:0:0", "tdb2:location", "<modelVersion>", "Manifest-Version",
            "org.slf4j.simpleLogger");

    @TempDir
    static Path temp;

    static TestServer server;
    static String host;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        Path markup = temp.resolve("texts").resolve("markup-names.txt");
        Files.createDirectories(markup.getParent());
        Files.writeString(markup, MARKUP_TEXT);
        server = TestServer.start(temp, Iris.DEFAULT_BASE, List.of(Path.of("seeds"), markup), TIMEOUT,
                b -> b.maxBodyBytes(MAX_BODY).maxRows(MAX_ROWS));
        port = server.server.port();
        host = "localhost";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    // ---- helpers

    /** Count and an order-independent checksum of every quad: equal before and after means unchanged. */
    static List<Long> fingerprint() {
        Dataset ds = server.server.dataset();
        return Txn.calculateRead(ds, () -> {
            long n = 0;
            long sum = 0;
            for (Iterator<Quad> it = ds.asDatasetGraph().find(); it.hasNext();) {
                Quad q = it.next();
                n++;
                sum += q.toString().hashCode() * 31L + q.getGraph().toString().length();
            }
            return List.of(n, sum);
        });
    }

    static HttpResponse<String> send(String method, String path, String contentType, byte[] body, boolean chunked)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url + path)).timeout(Duration.ofSeconds(60))
                .method(method, publisher);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A status line and body from a request written byte for byte (paths java.net.URI would refuse or normalise). */
    record Raw(int status, String head, String body) {
    }

    static Raw raw(String method, String target) throws IOException {
        return raw(method, target, null, null);
    }

    /**
     * One request on its own connection ({@code Connection: close}): a server that closes a
     * connection after refusing a body cannot leave a pooled client connection dead.
     */
    static Raw raw(String method, String target, String contentType, byte[] body) throws IOException {
        try (Socket s = new Socket(host, port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nAccept: text/html,*/*\r\nConnection: close\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String responseHead = end < 0 ? all : all.substring(0, end);
            String[] statusLine = responseHead.split(" ", 3);
            return new Raw(Integer.parseInt(statusLine[1]), responseHead, end < 0 ? "" : all.substring(end + 4));
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static int rowCount(String json) {
        return JSON.parse(json).get("results").getAsObject().get("bindings").getAsArray().size();
    }

    // ---- updates

    static final List<String> WRITE_PATHS = List.of("/sparql", "/kg", "/kg/", "/kg/sparql", "/kg/query", "/kg/update", "/kg/data",
            "/kg/upload", "/kg/get", "/kg?default", "/kg/data?default", "/kg/get?default", "/kg?graph=http://evil/g",
            "/$/datasets", "/$/datasets/kg", "/$/backup/kg", "/$/compact/kg", "/$/reload", "/$/tasks", "/$/stats/kg", "/$/server",
            "/$/ping", "/$/metrics", "/id/standard/iso-iec-42001", "/data/standard/iso-iec-42001.ttl", "/page/standard/iso-iec-42001",
            "/queries", "/queries/standards", "/search", "/", "/home", "/ontology", "/dump", "/.well-known/void", "/context.jsonld",
            "/health", "/index.html");

    /** Content type and body: SPARQL update as a form and as a body, triples and quads to add, a new dataset. */
    static final List<String[]> WRITE_BODIES = List.of(
            new String[] {"application/x-www-form-urlencoded", "update=" + enc("DROP ALL")},
            new String[] {"application/sparql-update", "INSERT DATA { <http://evil/s> <http://evil/p> <http://evil/o> }"},
            new String[] {"text/turtle", "<http://evil/s> <http://evil/p> <http://evil/o> ."},
            new String[] {"application/n-quads", "<http://evil/s> <http://evil/p> <http://evil/o> <http://evil/g> ."},
            new String[] {"application/x-www-form-urlencoded", "dbName=evil&dbType=mem"});

    @Test
    void updateAttemptsOnEveryPathAndMethodAreRefusedAndChangeNothing() throws Exception {
        List<Long> before = fingerprint();
        List<String> accepted = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int sent = 0;
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String path : WRITE_PATHS) {
                for (String[] body : WRITE_BODIES) {
                    Raw r = raw(method, path, body[0], body[1].getBytes(StandardCharsets.UTF_8));
                    statuses.merge(r.status(), 1, Integer::sum);
                    sent++;
                    if (r.status() < 400 || r.status() >= 500) {
                        accepted.add(method + " " + path + " (" + body[0] + ") -> " + r.status());
                    }
                }
            }
        }
        for (String path : List.of("/sparql?update=" + enc("DROP ALL"), "/kg/update?update=" + enc("DROP ALL"),
                "/kg?update=" + enc("DROP ALL"))) {
            Raw r = raw("GET", path);
            statuses.merge(r.status(), 1, Integer::sum);
            sent++;
            if (r.status() < 400 || r.status() >= 500) {
                accepted.add("GET " + path + " -> " + r.status());
            }
        }
        System.out.printf("write attempts: %d requests, statuses %s%n", sent, statuses);
        assertTrue(accepted.isEmpty(), () -> accepted.size() + " of the write attempts were not refused with a 4xx: " + accepted);
        assertTrue(sent > 700, "sent " + sent);
        assertEquals(before, fingerprint(), "the data is unchanged");
        HttpResponse<String> ask = server.get("/sparql?query=" + enc("ASK { GRAPH ?g { <http://evil/s> ?p ?o } }"),
                "Accept", "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
        assertEquals(200, server.get("/$/datasets").statusCode(), "the dataset list still answers");
        assertFalse(server.get("/$/datasets").body().contains("evil"), "no dataset was added");
    }

    // ---- body size

    static final List<String> POST_PATHS = List.of("/sparql", "/kg", "/kg/sparql", "/kg/query", "/kg/update", "/kg/data", "/kg/upload",
            "/queries/standards", "/search", "/$/datasets", "/$/validate/query", "/id/standard/iso-iec-42001", "/health", "/");

    @Test
    void bodiesAboveTheLimitAreRefusedWith413OnEveryPostPathWithContentLengthOrChunked() throws Exception {
        List<Long> before = fingerprint();
        byte[] big = new byte[MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        List<String> wrong = new ArrayList<>();
        for (String path : POST_PATHS) {
            for (boolean chunked : new boolean[] {false, true}) {
                for (String type : List.of("application/sparql-query", "application/x-www-form-urlencoded", "text/turtle")) {
                    HttpResponse<String> r = send("POST", path, type, big, chunked);
                    if (r.statusCode() != 413) {
                        wrong.add(path + (chunked ? " chunked " : " ") + type + " -> " + r.statusCode());
                    }
                }
            }
        }
        System.out.printf("bodies of %d bytes (limit %d): %d requests, %d not 413%n", MAX_BODY + 1, MAX_BODY,
                POST_PATHS.size() * 6, wrong.size());
        assertTrue(wrong.isEmpty(), () -> "not 413: " + wrong);
        HttpResponse<String> r = send("POST", "/sparql", "application/sparql-query", big, false);
        assertTrue(r.body().contains("limit is " + MAX_BODY + " bytes"), r.body());
        assertEquals(before, fingerprint());
        assertEquals(200, server.get("/$/ping").statusCode(), "still serving");
    }

    @Test
    void aClientThatSendsItsWholeOversizedBodyBeforeReadingStillGetsThe413() throws Exception {
        // Answering and closing while the body is still arriving made the kernel reset the
        // connection, and the client lost the answer (about half the time); the refused body is now
        // read and dropped first.
        byte[] big = new byte[MAX_BODY * 128]; // 8 MiB: more than the socket buffers hold, so the client is still sending
        java.util.Arrays.fill(big, (byte) 'a');
        for (int attempt = 1; attempt <= 20; attempt++) {
            Raw r = raw("POST", "/sparql", "application/sparql-query", big);
            assertEquals(413, r.status(), "attempt " + attempt);
            assertTrue(r.body().contains("limit is " + MAX_BODY + " bytes"), r.body());
        }
    }

    @Test
    void aQueryJustBelowTheLimitIsAnsweredWithContentLengthAndChunked() throws Exception {
        String ask = "ASK { ?s ?p ?o }\n#";
        byte[] body = (ask + "x".repeat(MAX_BODY - ask.length())).getBytes(StandardCharsets.UTF_8);
        assertEquals(MAX_BODY, body.length);
        for (boolean chunked : new boolean[] {false, true}) {
            HttpResponse<String> r = send("POST", "/sparql", "application/sparql-query", body, chunked);
            assertEquals(200, r.statusCode(), () -> (chunked ? "chunked: " : "") + r.body());
            assertTrue(r.body().contains("true"), r.body());
        }
    }

    @Test
    void queryStringsAboveTheBodyLimitAreRefusedWith414() throws Exception {
        String padded = "ASK {} #" + "x".repeat(MAX_BODY - 100);
        assertEquals(200, server.get("/sparql?query=" + enc(padded)).statusCode(), "a long query within the limit");
        Raw r = raw("GET", "/sparql?query=" + enc("ASK {} #" + "x".repeat(MAX_BODY)));
        assertEquals(414, r.status());
        assertTrue(r.body().startsWith("query string too long"), r.body());
        assertFalse(r.body().contains("xxxx"), "the answer does not repeat the request");
        assertEquals(200, server.get("/$/ping").statusCode());
    }

    // ---- runaway queries

    @Test
    void runawayQueryIsCutAtTheTimeoutWhileASimpleQueryAnswersQuickly() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> cut = server.http.sendAsync(HttpRequest.newBuilder(URI.create(server.url + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(runaway))).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);
        assertFalse(cut.isDone(), "the runaway query is still running");
        long simpleStarted = System.nanoTime();
        HttpResponse<String> simple = server.get("/sparql?query=" + enc("ASK { ?s a <https://w3id.org/stdkg/ontology#Standard> }"),
                "Accept", "application/sparql-results+json");
        long simpleMillis = (System.nanoTime() - simpleStarted) / 1_000_000;
        assertEquals(200, simple.statusCode());
        assertTrue(simple.body().contains("true"));
        assertFalse(cut.isDone(), "the simple query was answered while the runaway one ran");
        assertTrue(simpleMillis < 2_000, "a simple query next to a runaway one took " + simpleMillis + " ms");
        HttpResponse<String> r = cut.get(30, TimeUnit.SECONDS);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < TIMEOUT.toSeconds() + 5, "cut after " + seconds + " s");
        System.out.printf("runaway query cut after %d s (timeout %d s); simple query beside it: %d ms%n", seconds, TIMEOUT.toSeconds(),
                simpleMillis);
    }

    // ---- canned-query parameters

    /** Values that would do harm if pasted into SPARQL or Lucene syntax; none of their letter-and-digit keys names anything. */
    static final List<String> INJECTIONS = List.of(
            "\"} ; DROP ALL #",
            "x\" } UNION { ?s ?p ?o } #",
            "'; DELETE WHERE { ?s ?p ?o } ; #",
            "zq> } ; INSERT DATA { <a:b> <a:c> <a:d> } #",
            "http://localhost:3030/id/zq> } UNION { ?s ?p ?o } #",
            "http://example.org/has space",
            "zq\\\" \\\\ ?s $s ${x} *:* zq~ zq^9 [zq TO zq]",
            "zq\u00fc\u4e2d\ud83d\ude00");

    /** A value matching nothing: what every injection must behave like. */
    static final String NOTHING = "zqzqzq";

    @Test
    void injectionThroughEveryCannedQueryParameterIsBoundAsAValueOrRefused() throws Exception {
        List<Long> before = fingerprint();
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int checked = 0;
        for (CannedQuery q : QueryCatalogue.bundled().all()) {
            for (QueryParam p : q.params()) {
                Integer baseline = null;
                HttpResponse<String> nothing = server.get("/queries/" + q.name() + "?format=json&" + p.name() + "=" + enc(NOTHING));
                if (nothing.statusCode() == 200) {
                    baseline = rowCount(nothing.body());
                }
                for (String value : INJECTIONS) {
                    HttpResponse<String> r = server.get("/queries/" + q.name() + "?format=json&" + p.name() + "=" + enc(value));
                    checked++;
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    String what = q.name() + "?" + p.name() + "=" + value + " -> " + r.statusCode();
                    if (r.statusCode() == 400) {
                        if (!r.body().contains("'" + p.name() + "'") || r.body().strip().lines().count() != 1) {
                            problems.add(what + ": not a one-line message naming the parameter: " + r.body());
                        }
                    } else if (r.statusCode() == 200) {
                        // A text parameter searches the words: "drop all" may find sentences with "all" in them.
                        if (p.type() != ParamType.TEXT && baseline != null && rowCount(r.body()) != baseline) {
                            problems.add(what + ": " + rowCount(r.body()) + " rows, a value matching nothing gives " + baseline);
                        }
                    } else {
                        problems.add(what + ": " + r.body().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        System.out.printf("canned-query injections: %d requests, statuses %s%n", checked, statuses);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems: " + String.join("\n", problems));
        assertTrue(checked >= 20 * INJECTIONS.size(), "checked " + checked);
        assertEquals(before, fingerprint(), "the data is unchanged");
    }

    @Test
    void overlongAndControlCharacterParametersAreRefusedWith4xx() throws Exception {
        HttpResponse<String> longish = server.get("/queries/standards-by-committee?committee=" + "x".repeat(5_000));
        assertEquals(400, longish.statusCode());
        assertEquals("parameter 'committee' is longer than 1000 characters", longish.body().strip());
        HttpResponse<String> huge = server.get("/queries/standards-by-committee?committee=" + "x".repeat(100_000));
        assertEquals(414, huge.statusCode(), "a 100 000-character parameter is past the size limit");
        HttpResponse<String> control = server.get("/queries/standards-by-committee?committee=" + enc("SC\u0000 42\u001b[31m"));
        assertEquals(400, control.statusCode());
        assertTrue(control.body().contains("control characters"), control.body());
        HttpResponse<String> twice = server.get("/queries/standards-by-committee?committee=a&committee=b");
        assertEquals(400, twice.statusCode());
        HttpResponse<String> searchLong = server.get("/search?q=" + "x".repeat(5_000));
        assertEquals(400, searchLong.statusCode());
        HttpResponse<String> badLimit = server.get("/search?q=iso&limit=" + enc("1; DROP ALL"));
        assertEquals(400, badLimit.statusCode());
    }

    @Test
    void searchTreatsQuerySyntaxAsWords() throws Exception {
        for (String q : List.of("*:*", "*", "name:*", "\"", "((((", "a AND OR NOT", "[* TO *]", "/.*/", "\\", "~", "?s ?p ?o }")) {
            HttpResponse<String> r = server.get("/search?q=" + enc(q));
            assertEquals(200, r.statusCode(), () -> q + ": " + r.body());
            JsonArray hits = JSON.parse(r.body()).get("hits").getAsArray();
            assertTrue(hits.size() < 20, () -> "'" + q + "' matched as a wildcard: " + hits.size() + " hits");
        }
    }

    // ---- paths

    static final List<String> PREFIXES = List.of("/id/", "/id/standard/", "/data/", "/data/standard/", "/page/", "/page/standard/",
            "/queries/", "/search/", "/ontology/", "/dump/", "/static/", "/index.html/", "/$/", "/$/datasets/", "/kg/", "/sparql/",
            "/.well-known/", "/context.jsonld/", "/home/", "/health/", "/");

    static final List<String> TRAVERSALS = List.of("../../etc/passwd", "../../../../../../../../../../etc/passwd", "..%2f..%2fetc%2fpasswd",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd", "%252e%252e%252fetc%252fpasswd", "..\\..\\etc\\passwd",
            "..%5c..%5cetc%5cpasswd", "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "....//....//etc/passwd", ".%2e/.%2e/pom.xml",
            "..%2f..%2ffuseki-config.ttl", "../org/stdkg/fuseki-config.ttl", "META-INF/MANIFEST.MF", "..;/..;/etc/passwd",
            "%u002e%u002e/etc/passwd", "%zz", "%", "%e", "a%00.ttl", "%00", "x%0d%0aSet-Cookie:%20a=b", "simplelogger.properties");

    @Test
    void traversalAndBadEncodingsUnderEveryPrefixNeverReachAFileNorFail() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int sent = 0;
        for (String prefix : PREFIXES) {
            for (String attack : TRAVERSALS) {
                Raw r = raw("GET", prefix + attack);
                statuses.merge(r.status(), 1, Integer::sum);
                sent++;
                boolean refused = r.status() == 400 || r.status() == 403 || r.status() == 404 || r.status() == 414;
                boolean foreign = FOREIGN_CONTENT.stream().anyMatch(r.body()::contains);
                if (!refused || foreign || r.head().toLowerCase(java.util.Locale.ROOT).contains("set-cookie")) {
                    wrong.add(prefix + attack + " -> " + r.status() + (foreign ? " with a file's content" : ""));
                }
            }
        }
        System.out.printf("hostile paths: %d requests, statuses %s%n", sent, statuses);
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " of " + PREFIXES.size() * TRAVERSALS.size() + ": " + wrong);
        assertEquals(PREFIXES.size() * TRAVERSALS.size(), sent);
    }

    @Test
    void overlongPathsUnderEveryPrefixAreClientErrors() throws Exception {
        for (String prefix : PREFIXES) {
            for (int length : new int[] {10_000, 100_000}) {
                Raw r = raw("GET", prefix + "a".repeat(length));
                assertEquals(414, r.status(), prefix + " + " + length + " characters");
                assertTrue(r.body().length() < 200, "the answer does not repeat the path");
            }
        }
        assertEquals(200, server.get("/$/ping").statusCode(), "still serving");
    }

    @Test
    void noDirectoryIsListed() throws Exception {
        for (String dir : List.of("/static/", "/static", "/$/", "/kg/", "/ontology/", "/queries/../static/")) {
            Raw r = raw("GET", dir);
            assertFalse(r.body().contains("Directory: ") || r.body().contains("Parent Directory"), dir + " listed: " + r.status());
        }
        assertEquals(200, server.get("/index.html").statusCode(), "the UI itself is served");
    }

    @Test
    void everyResponseForbidsContentSniffing() throws Exception {
        for (String path : List.of("/", "/queries/nope", "/sparql?query=" + enc("<x>"), "/page/standard/nope", "/nowhere", "/$/backup/kg")) {
            HttpResponse<String> r = server.get(path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    // ---- SERVICE

    @Test
    void serviceIsRefusedAndNoRequestLeavesTheServer() throws Exception {
        try (ServerSocket inside = new ServerSocket(0)) {
            inside.setSoTimeout(1_000);
            String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + inside.getLocalPort() + "/secret> { ?s ?p ?o } }";
            HttpResponse<String> r = server.get("/sparql?query=" + enc(query));
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("SERVICE execution disabled"), r.body());
            assertThrows(SocketTimeoutException.class, () -> inside.accept().close(), "the server called out");
        }
    }

    // ---- row limit

    @Test
    void cannedQueryAnswersAreCutAtTheRowLimitAndSaySo() throws Exception {
        HttpResponse<String> json = server.get("/queries/standards?format=json");
        assertEquals(200, json.statusCode());
        assertEquals(MAX_ROWS, rowCount(json.body()));
        assertEquals("true", json.headers().firstValue("Stdkg-Truncated").orElse(""));
        assertEquals(Integer.toString(MAX_ROWS), json.headers().firstValue("Stdkg-Row-Limit").orElse(""));
        HttpResponse<String> csv = server.get("/queries/standards?format=csv");
        assertEquals(MAX_ROWS + 1, csv.body().lines().count(), "header and the rows");
        HttpResponse<String> html = server.get("/queries/standards?format=html");
        assertTrue(html.body().contains(MAX_ROWS + " rows (cut at the server's limit of " + MAX_ROWS + " rows)"), html.body());
        HttpResponse<String> few = server.get("/queries/standards-by-committee?format=json&committee=" + NOTHING);
        assertEquals(0, rowCount(few.body()));
        assertTrue(few.headers().firstValue("Stdkg-Truncated").isEmpty(), "an answer within the limit is not marked");
    }

    // ---- markup from the documents

    @Test
    void searchResultsEscapeMarkupInHtmlAndKeepItExactInJson() throws Exception {
        HttpResponse<String> json = server.get("/search?q=trust+alert");
        assertEquals(200, json.statusCode());
        List<String> labels = new ArrayList<>();
        for (JsonValue h : JSON.parse(json.body()).get("hits").getAsArray()) {
            labels.add(h.getAsObject().get("label").getAsString().value());
        }
        assertTrue(labels.contains(MARKUP_LABEL), () -> "labels: " + labels);
        HttpResponse<String> html = server.get("/search?format=html&q=trust+alert");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("Trust &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt; in AI Systems"), html.body());
        assertEquals(0, count(html.body(), "<script"), "the search page has no script at all");
        HttpResponse<String> reflected = server.get("/search?format=html&q=" + enc("\"><script>alert(4)</script>"));
        assertFalse(reflected.body().contains("<script>alert(4)"), "the query is escaped where the form shows it");
    }

    @Test
    void cannedQueryResultsEscapeMarkupFromTheDocuments() throws Exception {
        String iri = server.iri("publication/trust-script-script-alert-2-script-in-ai-systems");
        HttpResponse<String> html = server.get("/queries/entity?format=html&entity=" + enc(iri));
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("Trust &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt; in AI Systems"), html.body());
        assertEquals(0, count(html.body(), "<script"), "no script on a query page");
        HttpResponse<String> sentences = server.get("/queries/facts-mentioning?format=html&word=alert");
        assertEquals(200, sentences.statusCode());
        assertTrue(sentences.body().contains("&lt;script&gt;alert("), sentences.body());
        assertEquals(0, count(sentences.body(), "<script"));
        assertFalse(sentences.body().contains("<img"), "no element from the texts");
        HttpResponse<String> json = server.get("/queries/entity?format=json&entity=" + enc(iri));
        List<String> values = new ArrayList<>();
        for (JsonValue b : JSON.parse(json.body()).get("results").getAsObject().get("bindings").getAsArray()) {
            JsonObject row = b.getAsObject();
            row.keys().forEach(k -> values.add(row.get(k).getAsObject().get("value").getAsString().value()));
        }
        assertTrue(values.contains(MARKUP_LABEL), () -> "JSON values: " + values);
    }

    @Test
    void homeAndErrorPagesCarryNoMarkupFromTheDataOrTheRequest() throws Exception {
        for (String path : List.of("/", "/home", "/home?q=" + enc("<script>alert(5)</script>"))) {
            String body = server.get(path).body();
            assertEquals(1, count(body, "<script"), path + ": only the page's own search script");
            assertFalse(body.contains("alert("), path);
        }
        Map<String, String> reflecting = new LinkedHashMap<>();
        reflecting.put("/page/standard/%3Cscript%3Ealert(6)%3C%2Fscript%3E", "text/html");
        reflecting.put("/queries/%3Cscript%3Ealert(6)%3C%2Fscript%3E?format=html", "text/html");
        reflecting.put("/queries/standards?format=html&status=" + enc("\"><script>alert(6)</script>"), "text/html");
        reflecting.put("/queries/events?format=html&from=" + enc("<script>alert(6)</script>"), "text/html");
        for (Map.Entry<String, String> e : reflecting.entrySet()) {
            HttpResponse<String> r = server.get(e.getKey(), "Accept", e.getValue());
            assertFalse(r.body().contains("<script>alert(6)"), e.getKey() + " -> " + r.statusCode());
            assertNotEquals(500, r.statusCode(), e.getKey());
        }
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
