package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.stdkg.rdf.Iris;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

/**
 * What an operator relies on, against a real server: one log line per request (through the
 * listener hook the server offers beside its slf4j logger), the health endpoint, and a graceful
 * stop that lets a request in flight finish and then releases the database, even after queries
 * cut at the timeout.
 */
class OperationsIT {

    static final String TEXT = """
            Committees

            ISO/IEC JTC 1/SC 42 developed ISO/IEC 42001, published in 2023.
            """;

    @TempDir
    static Path temp;

    static TestServer server;
    static final List<RequestLogLine> lines = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(temp.resolve("logged"), Iris.DEFAULT_BASE, List.of(text(temp.resolve("logged-texts"))),
                Duration.ofSeconds(10), b -> b.requestListener(lines::add));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Path text(Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("committees.txt"), TEXT);
    }

    /** The line of the one request to {@code path} since {@code from}, waiting briefly: Jetty logs after the response is sent. */
    static RequestLogLine lineFor(String path, int from) throws InterruptedException {
        RequestLogLine line = awaitLine(l -> l.path().equals(path), from);
        List<RequestLogLine> all = since(from).stream().filter(l -> l.path().equals(path)).toList();
        assertEquals(1, all.size(), () -> "one line per request: " + all);
        return line;
    }

    /** The lines logged since {@code from}, as a copy: the server adds lines while the test looks. */
    static List<RequestLogLine> since(int from) {
        List<RequestLogLine> all = List.copyOf(lines);
        return all.subList(from, all.size());
    }

    static RequestLogLine awaitLine(java.util.function.Predicate<RequestLogLine> wanted, int from) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            var found = since(from).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such log line in " + since(from));
    }

    // ---- request log

    @Test
    void everyRequestIsLoggedOnceWithMethodPathStatusAndTimeButNoQueryString() throws Exception {
        int from = lines.size();
        String secret = "SELECT ?secret WHERE { ?secret ?p ?o } LIMIT 1";
        assertEquals(200, server.get("/sparql?query=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)).statusCode());
        assertEquals(404, server.get("/no/such/path").statusCode());
        assertEquals(303, server.get("/id/standard/iso-iec-42001").statusCode());
        assertEquals(200, server.get("/queries/standards?format=csv").statusCode());
        assertEquals(200, server.get("/search?q=" + URLEncoder.encode("secret words", StandardCharsets.UTF_8)).statusCode());

        RequestLogLine sparql = lineFor("/sparql", from);
        assertEquals("GET", sparql.method());
        assertEquals(200, sparql.status());
        assertTrue(sparql.millis() >= 0 && sparql.millis() < 60_000, "ms: " + sparql.millis());
        assertTrue(sparql.bytes() > 0, "bytes: " + sparql.bytes());
        assertEquals(404, lineFor("/no/such/path", from).status());
        assertEquals(303, lineFor("/id/standard/iso-iec-42001", from).status());
        assertEquals(200, lineFor("/queries/standards", from).status());
        assertEquals(200, lineFor("/search", from).status());
        for (RequestLogLine l : since(from)) {
            assertFalse(l.logfmt().contains("secret"), "no query string in " + l.logfmt());
        }
        assertEquals("method=GET path=/sparql status=200 ms=" + sparql.millis() + " bytes=" + sparql.bytes(), sparql.logfmt());
    }

    @Test
    void longAndOddPathsAreCutAndQuotedInTheLogLine() throws Exception {
        int from = lines.size();
        String path = "/page/standard/" + "a".repeat(1_000);
        server.get(path);
        RequestLogLine line = awaitLine(l -> l.path().startsWith("/page/standard/aaa"), from);
        assertEquals(RequestLogLine.MAX_PATH + 1, line.path().length(), "cut, with an ellipsis");
        assertEquals("path=\"/x y\\\"z\"", new RequestLogLine("GET", "/x y\"z", 200, 1, 1).logfmt().split(" status")[0].split(" ", 2)[1]);
    }

    @Test
    void theRequestLoggerIsOnAndFusekisOwnRequestLogsAreOff() {
        assertTrue(LoggerFactory.getLogger(RequestLogger.LOGGER).isInfoEnabled(), "org.stdkg.request logs at INFO");
        assertFalse(LoggerFactory.getLogger("org.apache.jena.fuseki.Fuseki").isInfoEnabled(),
                "Fuseki's action log (three lines per request, one with the query) is off");
        assertFalse(LoggerFactory.getLogger("org.apache.jena.fuseki.Request").isInfoEnabled(), "Fuseki's NCSA log is off");
        assertTrue(LoggerFactory.getLogger("org.apache.jena.fuseki.Fuseki").isWarnEnabled(), "Fuseki's warnings still appear");
    }

    // ---- health

    @Test
    void healthSaysUpWithTheDataset() throws Exception {
        HttpResponse<String> r = server.get("/health");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject body = JSON.parse(r.body());
        assertEquals("up", body.get("status").getAsString().value());
        assertEquals("/kg", body.get("dataset").getAsString().value());
        assertFalse(body.get("empty").getAsBoolean().value());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    }

    // ---- graceful stop

    @Test
    void stopLetsARequestInFlightFinishRefusesNewConnectionsAndReleasesTheDatabase() throws Exception {
        List<RequestLogLine> stopped = new CopyOnWriteArrayList<>();
        Path dir = temp.resolve("stopped");
        TestServer own = TestServer.start(dir, Iris.DEFAULT_BASE, List.of(text(temp.resolve("stopped-texts"))), Duration.ofSeconds(1),
                b -> b.requestListener(stopped::add).shutdownTimeout(Duration.ofSeconds(20)));
        int port = own.server.port();
        // Two queries cut at the timeout together: Fuseki's aborts leave a read transaction counted
        // as open (jena-text 5.6.0), which must not keep the database from being released.
        String runaway = "query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?t ?q ?r } "
                + "GRAPH ?c { ?u ?v ?w } GRAPH ?d { ?x ?y ?z } }", StandardCharsets.UTF_8);
        List<CompletableFuture<HttpResponse<String>>> cut = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            cut.add(own.http.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(own.url + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(runaway))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> c : cut) {
            assertEquals(503, c.get(30, TimeUnit.SECONDS).statusCode());
        }
        long triples;
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(30_000);
            byte[] body = ("query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            OutputStream out = s.getOutputStream();
            out.write(("POST /sparql HTTP/1.1\r\nHost: localhost\r\nAccept: text/csv\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, 10);
            out.flush();
            Thread.sleep(300);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(own.server::stop);
            Thread.sleep(500);
            assertFalse(stopping.isDone(), "stop waits for the request in flight");
            assertThrows(ConnectException.class, () -> new Socket("localhost", port).close(), "no new connection while stopping");
            // The rest of the body, slowly: the connection is busy, not idle.
            for (int i = 10; i < body.length; i += 8) {
                out.write(body, i, Math.min(8, body.length - i));
                out.flush();
                Thread.sleep(100);
            }
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            String[] csv = response.substring(response.indexOf("\r\n\r\n") + 4).strip().split("\r?\n");
            assertEquals("n", csv[0]);
            triples = Long.parseLong(csv[1].strip());
            assertTrue(triples > 0);
            stopping.get(30, TimeUnit.SECONDS);
        }
        assertTrue(stopped.stream().anyMatch(l -> l.path().equals("/sparql") && l.status() == 200), () -> "logged: " + stopped);
        // The text index's writer and the TDB2 database were released: the same JVM can open them again.
        try (GraphStore reopened = GraphStore.open(StoreConfiguration.bundled(dir.resolve("db"), Duration.ofSeconds(10)))) {
            assertEquals(triples, reopened.size());
            assertTrue(reopened.check().consistent(), "the text index matches the data");
        }
        own.server.stop();
    }
}
