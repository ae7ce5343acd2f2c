package org.stdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

/**
 * {@code java -jar target/stdkg.jar serve} as a real process, stopped with SIGTERM while two
 * requests are in flight: a SPARQL query whose body is still arriving and a query that takes a few
 * seconds. Both must be answered 200, new connections refused meanwhile, the process must exit
 * with 0 after closing the database, its log must hold one line per request and no SPARQL text,
 * and the database must open again with the same data and a consistent text index.
 */
class ServeProcessIT {

    static final Path JAR = Path.of("target", "stdkg.jar");
    static final Pattern SERVING = Pattern.compile("stdkg serving http://localhost:(\\d+)/");

    @TempDir
    Path temp;

    Process process;
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** Starts {@code serve} on a free port over an empty database, which it builds from one small text; returns the port. */
    int serve(Path db) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after `mvn package`: " + JAR.toAbsolutePath());
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.writeString(seeds.resolve("committees.txt"), """
                Committees

                ISO/IEC JTC 1/SC 42 developed ISO/IEC 42001, published in 2023. ISO and IEC publish ISO/IEC 22989.
                The AI Standards Summit took place in Geneva on 2 December 2025, organised by ITU.
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx1g", "-jar", JAR.toString(), "serve", "--db", db.toString(), "--port", "0", "--seeds",
                seeds.toString(), "--timeout", "60", "--shutdown-timeout", "30").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null;) {
                    log.add(line);
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new AssertionError("serve ended without serving: " + log));
        }, "serve-stderr");
        reader.setDaemon(true);
        reader.start();
        return port.get(180, TimeUnit.SECONDS);
    }

    HttpResponse<String> query(int port, String sparql) throws IOException, InterruptedException {
        return http.send(request(port, sparql), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest request(int port, String sparql) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql")).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build();
    }

    /** A query that takes about {@code k} times as long as with k = 1: every pair of quads, k times over. */
    static String slow(int k) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < k; i++) {
            values.append(' ').append(i);
        }
        return "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } VALUES ?k {" + values + " } }";
    }

    @Test
    void sigtermLetsRequestsInFlightFinishThenExitsZeroWithTheDatabaseClosed() throws Exception {
        Path db = temp.resolve("db");
        int port = serve(db);

        // Calibrate the slow query on this machine: about three seconds.
        long once = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            assertEquals(200, query(port, slow(1)).statusCode());
            once = Math.min(once, (System.nanoTime() - t) / 1_000_000);
        }
        int k = (int) Math.max(2, Math.min(2_000, 3_000 / Math.max(1, once)));

        try (Socket trickle = new Socket("localhost", port)) {
            trickle.setSoTimeout(60_000);
            byte[] body = ("query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            OutputStream out = trickle.getOutputStream();
            out.write(("POST /sparql HTTP/1.1\r\nHost: localhost\r\nAccept: text/csv\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, 10);
            out.flush();
            long slowStarted = System.nanoTime();
            CompletableFuture<HttpResponse<String>> slow = http.sendAsync(request(port, slow(k)), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            assertFalse(slow.isDone(), "the slow query is in flight");

            long sigterm = System.nanoTime();
            // SIGTERM. Not Process.destroy(): that also closes the pipes this test reads the log from.
            assertTrue(process.toHandle().destroy(), "SIGTERM sent");
            assertTrue(refusedWithin(port, Duration.ofSeconds(10)), "new connections are refused once stopping");
            for (int i = 10; i < body.length; i += 8) {
                out.write(body, i, Math.min(8, body.length - i));
                out.flush();
                Thread.sleep(100);
            }
            String response = new String(trickle.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            long triples = Long.parseLong(response.substring(response.indexOf("\r\n\r\n") + 4).strip().split("\r?\n")[1].strip());

            HttpResponse<String> slowAnswer = slow.get(60, TimeUnit.SECONDS);
            long slowDone = System.nanoTime();
            assertEquals(200, slowAnswer.statusCode(), slowAnswer.body());
            assertTrue(slowDone > sigterm, "the slow query was still running at SIGTERM");

            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ends");
            long exited = System.nanoTime();
            assertEquals(0, process.exitValue(), () -> String.join("\n", log));
            System.out.printf("SIGTERM with two requests in flight: slow query (%d ms alone x %d) answered 200 %d ms after SIGTERM "
                    + "(%d ms in all); trickled query answered 200; exit 0 %d ms after SIGTERM%n", once, k, (slowDone - sigterm) / 1_000_000,
                    (slowDone - slowStarted) / 1_000_000, (exited - sigterm) / 1_000_000);

            awaitLog("stdkg: stopped; database");
            List<String> requestLines = new ArrayList<>(log.stream().filter(l -> l.contains("org.stdkg.request - ")).toList());
            assertTrue(requestLines.stream().anyMatch(l -> l.matches(".* org\\.stdkg\\.request - method=POST path=/sparql status=200 ms=\\d+ bytes=\\d+")),
                    () -> "" + requestLines);
            assertTrue(requestLines.size() >= 5, "a line per request: " + requestLines);
            assertFalse(log.stream().anyMatch(l -> l.contains("Query = ") || l.contains("COUNT(")), "no SPARQL text in the log");
            assertFalse(log.stream().anyMatch(l -> l.contains("Exception")), () -> "no exception: " + log);

            try (GraphStore reopened = GraphStore.open(StoreConfiguration.bundled(db, Duration.ofSeconds(10)))) {
                assertEquals(triples, reopened.size(), "the same data");
                assertTrue(reopened.check().consistent(), "the text index matches the data");
            }
        }
    }

    static boolean refusedWithin(int port, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket("localhost", port)) {
                Thread.sleep(50);
            } catch (ConnectException e) {
                return true;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    void awaitLog(String part) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (log.stream().anyMatch(l -> l.contains(part))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + part + "' in the log: " + log);
    }
}
