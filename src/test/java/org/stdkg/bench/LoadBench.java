package org.stdkg.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.stdkg.query.CannedQuery;
import org.stdkg.query.QueryCatalogue;

/**
 * The mixed HTTP load of {@code bench/load.sh}: a fixed pool of clients, each sending one request
 * after another for a fixed time, every request drawn at random from what a user of stdkg asks:
 * canned queries, entity IRIs ({@code /id/…}, answered 303 and followed, to the HTML page or to
 * the RDF), entity descriptions in every format ({@code /data/….ttl}, {@code .jsonld},
 * {@code .rdf}, {@code .nt}), HTML pages, search, and ad-hoc SPARQL. Any answer other than the
 * expected status (303 with the right {@code Location}, or 200 with a body) is an error. Not a
 * test: it lives in the test tree so that the production jar carries no bench code.
 *
 * <p>With {@code --expect FILE}, one more client (not counted in the load) checks that readers see
 * whole documents while the server ingests new ones: it counts the triples of every document
 * graph under {@code --graph-prefix}, in one SPARQL query (one read transaction), over and over;
 * every count must be one the document has in one of the ingested batches ({@code FILE}, written by
 * {@link IngestPlan}: graph, tab, the allowed counts comma-separated, tab, the count in the last
 * batch), and a graph once seen may not vanish again. After the load it goes on (up to
 * {@code --settle} seconds) until the server's log ({@code --ingest-log}) shows all
 * {@code --batches} batches done, and then until every graph has its last batch's count.
 *
 * <p>With {@code --stream-rows N}, no load: one SPARQL query whose answer has N rows, fetched as
 * TSV by a client that counts rows as they arrive (the server must stream them, not build the
 * answer in memory).
 *
 * <pre>
 * java -cp … org.stdkg.bench.LoadBench --url http://127.0.0.1:3133 [--queries queries] [--clients 32] [--seconds 60]
 *      [--warmup 5] [--timeout 30] [--seed 1] [--expect expected.tsv --graph-prefix http://localhost:3030/graph/document/ingest]
 * java -cp … org.stdkg.bench.LoadBench --url http://127.0.0.1:3133 --stream-rows 1000000 [--timeout 300]
 * </pre>
 */
public final class LoadBench {

    private static final String SPARQL_JSON = "application/sparql-results+json";

    /** One request: its kind (a line of the report), path, Accept header, and what must come back. */
    record Call(String kind, String path, String accept, int status, String locationPart, Call then) {

        static Call ok(String kind, String path, String accept) {
            return new Call(kind, path, accept, 200, null, null);
        }
    }

    /** An entity of the database: its IRI, the path of its IRI after {@code /id/} ({@code kind/slug}), and a word of its label. */
    record Entity(String iri, String local, String word) {
    }

    private final HttpClient http;
    private final String url;
    private final Duration timeout;

    private LoadBench(String url, Duration timeout) {
        this.url = url.replaceAll("/+$", "");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        if (!o.containsKey("url")) {
            System.err.println("usage: LoadBench --url BASE_URL [--queries DIR] [--clients N] [--seconds S] [--warmup S] [--timeout S] "
                    + "[--seed N] [--expect FILE --graph-prefix IRI] | --url BASE_URL --stream-rows N");
            System.exit(2);
        }
        LoadBench bench = new LoadBench(o.get("url"), Duration.ofSeconds(Long.parseLong(o.getOrDefault("timeout", "30"))));
        if (o.containsKey("stream-rows")) {
            System.exit(bench.stream(Long.parseLong(o.get("stream-rows")), System.out) ? 0 : 1);
        }
        QueryCatalogue catalogue = o.containsKey("queries") ? QueryCatalogue.fromDirectory(Path.of(o.get("queries")))
                : QueryCatalogue.bundled();
        Consistency consistency = o.containsKey("expect")
                ? Consistency.read(Path.of(o.get("expect")), o.getOrDefault("graph-prefix", ""),
                        o.containsKey("ingest-log") ? Path.of(o.get("ingest-log")) : null, Integer.parseInt(o.getOrDefault("batches", "0")))
                : null;
        boolean clean = bench.load(catalogue, Integer.parseInt(o.getOrDefault("clients", "32")),
                Double.parseDouble(o.getOrDefault("seconds", "60")), Double.parseDouble(o.getOrDefault("warmup", "5")),
                Long.parseLong(o.getOrDefault("seed", "1")), consistency, Double.parseDouble(o.getOrDefault("settle", "300")), System.out);
        System.exit(clean ? 0 : 1);
    }

    // ------------------------------------------------------------------ the mixed load

    private boolean load(QueryCatalogue catalogue, int clients, double seconds, double warmupSeconds, long seed,
            Consistency consistency, double settleSeconds, PrintStream out) throws Exception {
        List<Entity> entities = entities();
        if (entities.isEmpty()) {
            throw new IllegalStateException(url + ": no entity found; is the database built?");
        }
        List<String> sparql = adHocQueries(entities);
        Mix mix = new Mix(catalogue.all(), entities, sparql);
        System.err.printf("load: %d entities, %d canned queries, %d ad-hoc queries; %d clients, warm-up %.0f s, then %.0f s%n",
                entities.size(), catalogue.all().size(), sparql.size(), clients, warmupSeconds, seconds);
        if (warmupSeconds > 0) {
            run(mix, clients, warmupSeconds, seed ^ 0x5eed, null);
        }
        Map<String, HttpBench.Sample> byKind = new TreeMap<>();
        Thread checker = null;
        AtomicBoolean stop = new AtomicBoolean();
        if (consistency != null) {
            consistency.start();
            checker = new Thread(() -> consistency.run(this, stop), "consistency");
            checker.start();
        }
        long wall = run(mix, clients, seconds, seed, byKind);
        if (consistency != null) {
            // The ingestion may outlast the load: go on checking until the server has finished every batch, then
            // until every document has its last batch's graph.
            long settleUntil = System.nanoTime() + (long) (settleSeconds * 1e9);
            while (!consistency.ingestionFinished() && System.nanoTime() < settleUntil && checker.isAlive()) {
                Thread.sleep(200);
            }
            consistency.expectFinalFromNow();
            while (!consistency.reachedFinal() && System.nanoTime() < settleUntil && checker.isAlive()) {
                Thread.sleep(200);
            }
        }
        stop.set(true);
        if (checker != null) {
            checker.join();
        }
        return report(byKind, wall, clients, seconds, consistency, out);
    }

    /** Runs the clients for a while; records into {@code byKind} unless null (warm-up). Returns the wall time in ns. */
    private long run(Mix mix, int clients, double seconds, long seed, Map<String, HttpBench.Sample> byKind) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 1_000_003 + c);
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                    Call call = mix.next(random);
                    while (call != null) {
                        call = perform(call, byKind);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        return wall;
    }

    /** Sends one call, records it, and returns the call its answer leads to (a 303's target), or null. */
    private Call perform(Call call, Map<String, HttpBench.Sample> byKind) {
        HttpBench.Sample sample = byKind == null ? new HttpBench.Sample() : sampleOf(byKind, call.kind());
        long t0 = System.nanoTime();
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url + call.path())).timeout(timeout).GET();
            if (call.accept() != null) {
                req.header("Accept", call.accept());
            }
            HttpResponse<byte[]> r = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
            long ns = System.nanoTime() - t0;
            String why = unexpected(call, r);
            if (why != null) {
                sample.error(call.kind() + " " + call.path() + ": " + why);
                return null;
            }
            sample.ok(ns);
            if (call.then() != null) {
                String location = r.headers().firstValue("Location").orElseThrow();
                String path = URI.create(location).getRawPath();
                return new Call(call.then().kind(), path, call.then().accept(), call.then().status(), null, null);
            }
        } catch (IOException | RuntimeException e) {
            sample.error(call.kind() + " " + call.path() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static synchronized HttpBench.Sample sampleOf(Map<String, HttpBench.Sample> byKind, String kind) {
        return byKind.computeIfAbsent(kind, k -> new HttpBench.Sample());
    }

    private static String unexpected(Call call, HttpResponse<byte[]> r) {
        if (r.statusCode() != call.status()) {
            return "HTTP " + r.statusCode() + " (expected " + call.status() + "): "
                    + new String(r.body(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        }
        if (call.locationPart() != null) {
            String location = r.headers().firstValue("Location").orElse("");
            if (!location.contains(call.locationPart())) {
                return "Location " + location + " does not lead to " + call.locationPart();
            }
        }
        if (call.status() == 200 && r.body().length == 0) {
            return "empty body";
        }
        return null;
    }

    /** What the clients draw from: every kind of request equally often, its target at random. */
    private final class Mix {
        private final List<CannedQuery> canned;
        private final List<Entity> entities;
        private final List<String> sparql;
        private static final String[] SUFFIXES = {".ttl", ".jsonld", ".rdf", ".nt"};
        private static final String[] RDF_TYPES = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"};
        private static final int KINDS = 9;

        Mix(List<CannedQuery> canned, List<Entity> entities, List<String> sparql) {
            this.canned = canned;
            this.entities = entities;
            this.sparql = sparql;
        }

        Call next(Random r) {
            Entity e = entities.get(r.nextInt(entities.size()));
            return switch (r.nextInt(KINDS)) {
                case 0, 1 -> cannedQuery(r, e);
                case 2 -> new Call("id → 303 (html)", "/id/" + e.local(), "text/html", 303, "/page/" + e.local(),
                        Call.ok("page (after 303)", null, "text/html"));
                case 3 -> {
                    int f = r.nextInt(RDF_TYPES.length);
                    yield new Call("id → 303 (rdf)", "/id/" + e.local(), RDF_TYPES[f], 303, "/data/" + e.local(),
                            Call.ok("data (after 303, by Accept)", null, RDF_TYPES[f]));
                }
                case 4, 5 -> {
                    String suffix = SUFFIXES[r.nextInt(SUFFIXES.length)];
                    yield Call.ok("data " + suffix, "/data/" + e.local() + suffix, null);
                }
                case 6 -> Call.ok("page (html)", "/page/" + e.local(), "text/html");
                case 7 -> Call.ok("search", "/search?q=" + enc(e.word()), "application/json");
                default -> Call.ok("sparql (ad hoc)", "/sparql?query=" + enc(sparql.get(r.nextInt(sparql.size()))), SPARQL_JSON);
            };
        }

        private Call cannedQuery(Random r, Entity e) {
            CannedQuery q = canned.get(r.nextInt(canned.size()));
            StringBuilder path = new StringBuilder("/queries/").append(q.name()).append("?format=json");
            // Queries about one entity are asked about a random one half the time, else with their defaults.
            q.params().stream().filter(p -> p.type().name().equalsIgnoreCase("entity")).findFirst().ifPresent(p -> {
                if (r.nextBoolean()) {
                    path.append('&').append(p.name()).append('=').append(enc(e.iri()));
                }
            });
            return Call.ok("canned query", path.toString(), "application/json");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The entities to ask about, from the server itself. */
    private List<Entity> entities() throws IOException, InterruptedException {
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?e ?label WHERE { ?e rdfs:label ?label . "
                + "FILTER(CONTAINS(STR(?e), \"/id/\")) } ORDER BY ?e LIMIT 500";
        List<Entity> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (QuerySolution s : select(q)) {
            String iri = s.getResource("e").getURI();
            String local = iri.substring(iri.indexOf("/id/") + 4);
            String word = s.getLiteral("label").getLexicalForm().split("[^\\p{L}\\p{N}]+", 3)[0];
            if (seen.add(local)) {
                found.add(new Entity(iri, local, word.isEmpty() ? "standard" : word));
            }
        }
        return found;
    }

    /** A few ad-hoc SPARQL queries of the kinds a user writes: counts, one entity's facts, a text search, evidence. */
    private static List<String> adHocQueries(List<Entity> entities) {
        String prefixes = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX kg: <https://w3id.org/stdkg/ontology#> "
                + "PREFIX text: <http://jena.apache.org/text#> PREFIX prov: <http://www.w3.org/ns/prov#> ";
        List<String> queries = new ArrayList<>();
        queries.add(prefixes + "SELECT ?class (COUNT(?e) AS ?n) WHERE { ?e a ?class } GROUP BY ?class ORDER BY DESC(?n)");
        queries.add(prefixes + "SELECT ?s ?p ?o WHERE { ?s a kg:Standard ; ?p ?o } LIMIT 200");
        queries.add(prefixes + "SELECT ?e ?label WHERE { ?e text:query (\"" + entities.get(0).word() + "\") ; rdfs:label ?label } LIMIT 20");
        queries.add(prefixes + "SELECT ?doc (COUNT(?e) AS ?n) WHERE { ?e prov:wasDerivedFrom ?doc } GROUP BY ?doc");
        queries.add(prefixes + "ASK { ?s a kg:Organisation }");
        return queries;
    }

    List<QuerySolution> select(String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/sparql?query=" + enc(query))).timeout(timeout)
                .header("Accept", SPARQL_JSON).GET().build();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + " for " + query);
        }
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body()));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static boolean report(Map<String, HttpBench.Sample> byKind, long wallNanos, int clients, double seconds,
            Consistency consistency, PrintStream out) {
        HttpBench.Sample all = new HttpBench.Sample();
        byKind.values().forEach(all::addAll);
        all.wallNanos = wallNanos;
        out.printf(Locale.ROOT, "%d clients for %.0f s, each sending its next request when the last is answered. Latencies in ms.%n%n",
                clients, seconds);
        out.println("| request | n | p50 | p99 | max | errors |");
        out.println("|---|--:|--:|--:|--:|--:|");
        for (Map.Entry<String, HttpBench.Sample> e : byKind.entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
        row(out, "**all**", all);
        out.println();
        out.printf(Locale.ROOT, "**%.0f requests/s** (%d answered in %.1f s), p50 %s ms, p99 %s ms, **errors %d**.%n",
                all.nanos.size() / (wallNanos / 1e9), all.nanos.size(), wallNanos / 1e9, ms(all.percentileMs(0.5)),
                ms(all.percentileMs(0.99)), all.errors);
        List<String> errors = new ArrayList<>();
        byKind.values().forEach(s -> {
            if (s.lastError != null) {
                errors.add(s.lastError);
            }
        });
        for (String e : errors) {
            out.println("- last error: " + e.replace('|', '/'));
        }
        boolean consistent = true;
        if (consistency != null) {
            out.println();
            consistent = consistency.report(out);
        }
        return all.errors == 0 && consistent;
    }

    private static void row(PrintStream out, String name, HttpBench.Sample s) {
        out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %d |%n", name, s.nanos.size(), ms(s.percentileMs(0.5)), ms(s.percentileMs(0.99)),
                ms(s.percentileMs(1.0)), s.errors);
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : v < 10 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    // ------------------------------------------------------------------ readers during ingestion

    /** The whole-document check run while the server ingests: see the class comment. */
    static final class Consistency {
        private final Map<String, Set<Long>> allowed;
        private final Map<String, Long> expectedFinal;
        private final String prefix;
        private volatile boolean reachedFinal;
        private long startNanos;
        private double finalAfterSeconds = Double.NaN;
        private final Set<String> seen = new HashSet<>();
        private final Map<String, Long> last = new HashMap<>();
        private final Map<String, Long> finalCounts = new HashMap<>();
        private final List<String> violations = new ArrayList<>();
        private final AtomicLong checks = new AtomicLong();
        private long changes;
        private long failedRequests;
        private String lastFailure;

        private final Path ingestLog;
        private final int batches;
        private volatile boolean finalExpected;

        private Consistency(Map<String, Set<Long>> allowed, Map<String, Long> expectedFinal, String prefix, Path ingestLog, int batches) {
            this.allowed = allowed;
            this.expectedFinal = expectedFinal;
            this.prefix = prefix;
            this.ingestLog = ingestLog;
            this.batches = batches;
        }

        /** Whether the server's log shows every batch ingested or failed (always true without a log to read). */
        boolean ingestionFinished() {
            if (ingestLog == null) {
                return true;
            }
            try (Stream<String> lines = Files.lines(ingestLog, StandardCharsets.UTF_8)) {
                return lines.filter(l -> l.startsWith("ingested ") || l.startsWith("ingest of ")).count() >= batches;
            } catch (IOException | java.io.UncheckedIOException e) {
                return false;
            }
        }

        /** From the next snapshot on, the last batch's counts are what the documents must show. */
        void expectFinalFromNow() {
            finalExpected = true;
        }

        void start() {
            startNanos = System.nanoTime();
        }

        boolean reachedFinal() {
            return reachedFinal;
        }

        static Consistency read(Path file, String prefix, Path ingestLog, int batches) throws IOException {
            Map<String, Set<Long>> allowed = new LinkedHashMap<>();
            Map<String, Long> finals = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Set<Long> counts = new HashSet<>();
                for (String c : f[1].split(",")) {
                    counts.add(Long.parseLong(c.trim()));
                }
                allowed.put(f[0], counts);
                finals.put(f[0], Long.parseLong(f[2].trim()));
            }
            return new Consistency(allowed, finals, prefix, ingestLog, batches);
        }

        void run(LoadBench bench, AtomicBoolean stop) {
            String q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + prefix + "\")) } GROUP BY ?g";
            while (!stop.get()) {
                try {
                    Map<String, Long> counts = new HashMap<>();
                    for (QuerySolution s : bench.select(q)) {
                        counts.put(s.getResource("g").getURI(), s.getLiteral("n").getLong());
                    }
                    judge(counts);
                    // A pause between snapshots: the checker is one more client, not a busy loop competing for the cores.
                    Thread.sleep(50);
                } catch (IOException | RuntimeException e) {
                    failedRequests++;
                    lastFailure = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void judge(Map<String, Long> counts) {
            checks.incrementAndGet();
            for (Map.Entry<String, Long> c : counts.entrySet()) {
                Set<Long> ok = allowed.get(c.getKey());
                if (ok == null) {
                    violation("unexpected graph " + c.getKey() + " with " + c.getValue() + " triples");
                } else if (!ok.contains(c.getValue())) {
                    violation(c.getKey() + " has " + c.getValue() + " triples, a count it has in no batch " + ok);
                }
                seen.add(c.getKey());
                Long before = last.put(c.getKey(), c.getValue());
                if (before != null && !before.equals(c.getValue())) {
                    changes++;
                }
            }
            for (String g : seen) {
                if (!counts.containsKey(g)) {
                    violation(g + " was there and has vanished");
                }
            }
            finalCounts.clear();
            finalCounts.putAll(counts);
            if (finalExpected && !reachedFinal && counts.equals(expectedFinal)) {
                reachedFinal = true;
                finalAfterSeconds = (System.nanoTime() - startNanos) / 1e9;
            }
        }

        private void violation(String what) {
            if (violations.size() < 20) {
                violations.add(what);
            } else if (violations.size() == 20) {
                violations.add("…");
            }
        }

        boolean report(PrintStream out) {
            out.printf(Locale.ROOT, "Whole documents: %d snapshots of the %d ingested document graphs read while the server ingested "
                    + "(one SPARQL query each); %d graphs seen, %d changes of a graph's size seen between snapshots; "
                    + "**%d violations** (a count the document has in no batch, or a graph vanishing); %d failed snapshot requests.%n",
                    checks.get(), allowed.size(), seen.size(), changes, violations.size(), failedRequests);
            out.println(reachedFinal
                    ? String.format(Locale.ROOT, "After the server had finished ingesting, every document had its last batch's graph (%.1f s after the load started).", finalAfterSeconds)
                    : "The documents did NOT all reach their last batch's graph (last snapshot: " + finalCounts.size() + " graphs).");
            for (String v : violations) {
                out.println("- " + v);
            }
            if (lastFailure != null) {
                out.println("- last failed snapshot: " + lastFailure);
            }
            return violations.isEmpty() && failedRequests == 0 && checks.get() > 0 && reachedFinal;
        }
    }

    // ------------------------------------------------------------------ a large answer, streamed

    /**
     * Asks for N rows (every pair of triples of the database, cut at N) as TSV and counts the
     * lines as they arrive, never holding the answer.
     */
    private boolean stream(long rows, PrintStream out) throws IOException, InterruptedException {
        String query = "SELECT ?s ?o WHERE { ?s ?p ?o . ?s2 ?p2 ?o2 } LIMIT " + rows;
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/sparql?query=" + enc(query))).timeout(timeout)
                .header("Accept", "text/tab-separated-values").GET().build();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        long firstNs = System.nanoTime() - t0;
        long lines = 0;
        long chars = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                chars += line.length() + 1;
            }
        }
        long totalNs = System.nanoTime() - t0;
        long got = Math.max(0, lines - 1);
        out.printf(Locale.ROOT, "Streamed answer: `%s` as TSV: HTTP %d, **%,d rows** (%,d expected), %.1f MB, headers after %.0f ms, "
                + "all rows after %.1f s (%.0f rows/s).%n", query, r.statusCode(), got, rows, chars / 1e6, firstNs / 1e6, totalNs / 1e9,
                got / (totalNs / 1e9));
        return r.statusCode() == 200 && got == rows;
    }
}
