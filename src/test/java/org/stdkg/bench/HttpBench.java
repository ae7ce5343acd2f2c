package org.stdkg.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;

/**
 * The HTTP load generator of {@code bench/store.sh}: sends the same queries to two servers (stdkg
 * and a stock Fuseki over the same database) and compares latency and throughput side by side in
 * one run. Not a test: it lives in the test tree so that the production jar carries no bench code.
 *
 * <p>The plan is a TSV file, one query per line: {@code name}, the stdkg URL, the stock URL (both
 * absolute GET URLs), and optionally the Accept header of each side (default: SPARQL JSON
 * results). Answers are counted as rows (SPARQL results) or triples (RDF), so that the two sides
 * can be checked to return the same thing; an HTML answer has no count. A stock URL of {@code -}
 * measures stdkg alone (bench/scale.sh), and {@code --clients 0} skips the concurrent phase. For each query: a few warm-up requests
 * to each side (whose row counts are compared, so a like-for-like mistake shows), then up to
 * {@code --requests} sequential requests alternating between the sides (so a change in the
 * machine's load hits both alike), bounded by {@code --seq-seconds}; then {@code --clients}
 * concurrent clients for {@code --seconds} against one side and then the other (the order
 * alternates from query to query). Reports p50, p99 and requests/s per query and overall, with
 * the ratio stdkg/stock, as Markdown on stdout.
 *
 * <pre>
 * java -cp … org.stdkg.bench.HttpBench --plan plan.tsv [--warmup 5] [--requests 100] [--seq-seconds 20]
 *      [--clients 8] [--seconds 5] [--timeout 30] [--tsv summary.tsv]
 * </pre>
 */
public final class HttpBench {

    /** The row count of the pooled line, which has none of its own. */
    private static final long ALL = -3;

    private static final String ACCEPT = "application/sparql-results+json, application/json;q=0.9";

    /** The URL of a side that is not measured. */
    static final String NONE = "-";

    private final HttpClient http;
    private final Duration timeout;

    private HttpBench(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** One line of the plan. */
    record Target(String name, String stdkg, String stock, String acceptStdkg, String acceptStock) {
    }

    /** Latencies (ns) of the answered requests of one phase, the errors, and the phase's wall time. */
    static final class Sample {
        final List<Long> nanos = new ArrayList<>();
        long errors;
        long wallNanos;
        String lastError;

        synchronized void ok(long ns) {
            nanos.add(ns);
        }

        synchronized void error(String why) {
            errors++;
            lastError = why;
        }

        synchronized void addAll(Sample other) {
            nanos.addAll(other.nanos);
            errors += other.errors;
            wallNanos += other.wallNanos;
        }

        double percentileMs(double p) {
            if (nanos.isEmpty()) {
                return Double.NaN;
            }
            long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(a);
            // Nearest rank: the smallest value with at least p of the sample at or below it.
            int rank = (int) Math.ceil(p * a.length);
            return a[Math.max(0, Math.min(a.length - 1, rank - 1))] / 1e6;
        }

        double perSecond() {
            return wallNanos == 0 ? Double.NaN : nanos.size() / (wallNanos / 1e9);
        }
    }

    /** What was measured for one query on one side. */
    static final class Side {
        final Sample sequential = new Sample();
        final Sample concurrent = new Sample();
        long rows = -1;
    }

    public static void main(String[] args) throws Exception {
        Path plan = null;
        int warmup = 5;
        int requests = 100;
        double seqSeconds = 20;
        int clients = 8;
        double seconds = 5;
        int timeoutSeconds = 30;
        Path tsv = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--plan" -> plan = Path.of(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--requests" -> requests = Integer.parseInt(v);
                case "--seq-seconds" -> seqSeconds = Double.parseDouble(v);
                case "--clients" -> clients = Integer.parseInt(v);
                case "--seconds" -> seconds = Double.parseDouble(v);
                case "--timeout" -> timeoutSeconds = Integer.parseInt(v);
                case "--tsv" -> tsv = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
            i++;
        }
        if (plan == null) {
            System.err.println("usage: HttpBench --plan PLAN.tsv [--warmup N] [--requests N] [--seq-seconds S] [--clients N] "
                    + "[--seconds S] [--timeout S]");
            System.exit(2);
        }
        List<Target> targets = new ArrayList<>();
        for (String line : Files.readAllLines(plan, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3 && f.length != 5) {
                throw new IllegalArgumentException(plan + ": expected name, stdkg URL, stock URL [, stdkg Accept, stock Accept]: " + line);
            }
            targets.add(f.length == 3 ? new Target(f[0], f[1], f[2], ACCEPT, ACCEPT) : new Target(f[0], f[1], f[2], f[3], f[4]));
        }
        new HttpBench(Duration.ofSeconds(timeoutSeconds)).run(targets, warmup, requests, seqSeconds, clients, seconds, System.out, tsv);
    }

    private void run(List<Target> targets, int warmup, int requests, double seqSeconds, int clients, double seconds, PrintStream out,
            Path tsv) throws Exception {
        List<Side[]> results = new ArrayList<>();
        int n = 0;
        for (Target t : targets) {
            Side a = new Side();
            Side b = new Side();
            System.err.printf("[%d/%d] %s%n", ++n, targets.size(), t.name());
            a.rows = warm(t.stdkg(), t.acceptStdkg(), warmup);
            b.rows = warm(t.stock(), t.acceptStock(), warmup);
            sequential(t, a, b, requests, seqSeconds);
            boolean stdkgFirst = n % 2 == 1;
            if (stdkgFirst) {
                concurrent(t.stdkg(), t.acceptStdkg(), a, clients, seconds);
                concurrent(t.stock(), t.acceptStock(), b, clients, seconds);
            } else {
                concurrent(t.stock(), t.acceptStock(), b, clients, seconds);
                concurrent(t.stdkg(), t.acceptStdkg(), a, clients, seconds);
            }
            results.add(new Side[] {a, b});
            for (Side s : new Side[] {a, b}) {
                if (s.sequential.lastError != null || s.concurrent.lastError != null) {
                    System.err.println("  error " + (s == a ? "stdkg" : "stock") + ": "
                            + (s.sequential.lastError != null ? s.sequential.lastError : s.concurrent.lastError));
                }
            }
        }
        report(targets, results, requests, clients, seconds, out);
        if (tsv != null) {
            writeTsv(targets, results, tsv);
        }
    }

    /** One line per query, for scripts: latencies in ms, throughput in requests/s. */
    private static void writeTsv(List<Target> targets, List<Side[]> results, Path tsv) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("name\trows_stdkg\trows_stock\tseq_n\tp50_stdkg\tp50_stock\tp99_stdkg\tp99_stock\tconc_p50_stdkg\tconc_p50_stock"
                + "\tconc_p99_stdkg\tconc_p99_stock\trps_stdkg\trps_stock\terrors_stdkg\terrors_stock");
        for (int i = 0; i < targets.size(); i++) {
            Side a = results.get(i)[0];
            Side b = results.get(i)[1];
            lines.add(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.2f\t%.2f\t%d\t%d",
                    targets.get(i).name(), a.rows, b.rows, a.sequential.nanos.size(), a.sequential.percentileMs(0.5),
                    b.sequential.percentileMs(0.5), a.sequential.percentileMs(0.99), b.sequential.percentileMs(0.99),
                    a.concurrent.percentileMs(0.5), b.concurrent.percentileMs(0.5), a.concurrent.percentileMs(0.99),
                    b.concurrent.percentileMs(0.99), a.concurrent.perSecond(), b.concurrent.perSecond(),
                    a.sequential.errors + a.concurrent.errors, b.sequential.errors + b.concurrent.errors));
        }
        Files.write(tsv, lines, StandardCharsets.UTF_8);
    }

    /** Warm-up requests; the row or triple count of the last answer (-1 when none was answered). */
    private long warm(String url, String accept, int count) {
        long rows = -1;
        if (url.equals(NONE)) {
            return rows;
        }
        for (int i = 0; i < Math.max(1, count); i++) {
            try {
                HttpResponse<byte[]> r = send(url, accept);
                if (r.statusCode() == 200) {
                    rows = count(r.headers().firstValue("Content-Type").orElse(""), r.body());
                }
            } catch (IOException | RuntimeException e) {
                rows = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return rows;
            }
        }
        return rows;
    }

    /** Rows of SPARQL JSON results, triples of RDF, -2 for anything else (HTML). */
    private static long count(String contentType, byte[] body) {
        String type = contentType.split(";")[0].strip();
        org.apache.jena.riot.Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(type);
        if (lang != null && org.apache.jena.riot.RDFLanguages.isTriples(lang)) {
            try {
                org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                org.apache.jena.riot.RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(g);
                return g.size();
            } catch (RuntimeException e) {
                return -2;
            }
        }
        return type.contains("json") ? rows(body) : -2;
    }

    private static long rows(byte[] body) {
        try {
            ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(body));
            long n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        } catch (RuntimeException e) {
            // An ASK answer or something else than a result set.
            return -2;
        }
    }

    private void sequential(Target t, Side a, Side b, int requests, double maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        for (int i = 0; i < requests && System.nanoTime() < deadline; i++) {
            // Alternate which side goes first, so neither always follows the other.
            if (i % 2 == 0) {
                timed(t.stdkg(), t.acceptStdkg(), a.sequential);
                timed(t.stock(), t.acceptStock(), b.sequential);
            } else {
                timed(t.stock(), t.acceptStock(), b.sequential);
                timed(t.stdkg(), t.acceptStdkg(), a.sequential);
            }
        }
    }

    private void concurrent(String url, String accept, Side side, int clients, double seconds) throws Exception {
        if (url.equals(NONE) || clients < 1 || seconds <= 0) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        AtomicLong done = new AtomicLong();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        timed(url, accept, side.concurrent);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        side.concurrent.wallNanos = System.nanoTime() - start;
        pool.shutdown();
    }

    private void timed(String url, String accept, Sample sample) throws InterruptedException {
        if (url.equals(NONE)) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = send(url, accept);
            long ns = System.nanoTime() - t0;
            if (r.statusCode() == 200) {
                sample.ok(ns);
            } else {
                sample.error("HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
            }
        } catch (IOException | RuntimeException e) {
            sample.error(e.toString());
        }
    }

    private HttpResponse<byte[]> send(String url, String accept) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", accept).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void report(List<Target> targets, List<Side[]> results, int requests, int clients, double seconds,
            PrintStream out) {
        out.printf(Locale.ROOT, "Sequential: up to %d requests per query and server, alternating between the servers. "
                + "Concurrent: %d clients for %.0f s per query and server. Latencies in ms; ratio = stdkg / stock "
                + "(below 1: stdkg faster; for req/s above 1: stdkg faster).%n%n", requests, clients, seconds);
        out.println("| query | rows stdkg/stock | seq n | seq p50 stdkg | seq p50 stock | ratio | seq p99 stdkg | seq p99 stock | ratio "
                + "| conc p50 stdkg | conc p50 stock | ratio | conc p99 stdkg | conc p99 stock | ratio "
                + "| req/s stdkg | req/s stock | ratio | errors stdkg/stock |");
        out.println("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
        Side allA = new Side();
        Side allB = new Side();
        allA.rows = ALL;
        allB.rows = ALL;
        double logP50 = 0;
        double logP99 = 0;
        double logRps = 0;
        int counted = 0;
        for (int i = 0; i < targets.size(); i++) {
            Side a = results.get(i)[0];
            Side b = results.get(i)[1];
            row(out, targets.get(i).name(), a, b);
            allA.sequential.addAll(a.sequential);
            allB.sequential.addAll(b.sequential);
            allA.concurrent.addAll(a.concurrent);
            allB.concurrent.addAll(b.concurrent);
            double r50 = a.sequential.percentileMs(0.5) / b.sequential.percentileMs(0.5);
            double r99 = a.sequential.percentileMs(0.99) / b.sequential.percentileMs(0.99);
            double rps = a.concurrent.perSecond() / b.concurrent.perSecond();
            if (Double.isFinite(r50) && Double.isFinite(r99) && Double.isFinite(rps) && r50 > 0 && rps > 0) {
                logP50 += Math.log(r50);
                logP99 += Math.log(r99);
                logRps += Math.log(rps);
                counted++;
            }
        }
        row(out, "**all queries (pooled)**", allA, allB);
        out.println();
        if (counted > 0) {
            out.printf(Locale.ROOT, "Geometric mean over the %d queries of the per-query ratios stdkg/stock: sequential p50 %.2f, "
                    + "sequential p99 %.2f, concurrent req/s %.2f.%n", counted, Math.exp(logP50 / counted), Math.exp(logP99 / counted),
                    Math.exp(logRps / counted));
        }
        List<String> mismatched = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (!targets.get(i).stock().equals(NONE) && results.get(i)[0].rows != results.get(i)[1].rows) {
                mismatched.add(targets.get(i).name());
            }
        }
        out.println(mismatched.isEmpty() ? "Row counts: the same on both servers for every query."
                : "Row counts DIFFER for: " + String.join(", ", mismatched) + ".");
    }

    private static void row(PrintStream out, String name, Side a, Side b) {
        out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d/%d |%n",
                name, a.rows == ALL ? "" : rowsText(a.rows) + "/" + rowsText(b.rows), a.sequential.nanos.size(),
                ms(a.sequential.percentileMs(0.5)), ms(b.sequential.percentileMs(0.5)),
                ratio(a.sequential.percentileMs(0.5), b.sequential.percentileMs(0.5)),
                ms(a.sequential.percentileMs(0.99)), ms(b.sequential.percentileMs(0.99)),
                ratio(a.sequential.percentileMs(0.99), b.sequential.percentileMs(0.99)),
                ms(a.concurrent.percentileMs(0.5)), ms(b.concurrent.percentileMs(0.5)),
                ratio(a.concurrent.percentileMs(0.5), b.concurrent.percentileMs(0.5)),
                ms(a.concurrent.percentileMs(0.99)), ms(b.concurrent.percentileMs(0.99)),
                ratio(a.concurrent.percentileMs(0.99), b.concurrent.percentileMs(0.99)),
                num(a.concurrent.perSecond()), num(b.concurrent.perSecond()), ratio(a.concurrent.perSecond(), b.concurrent.perSecond()),
                a.sequential.errors + a.concurrent.errors, b.sequential.errors + b.concurrent.errors);
    }

    private static String rowsText(long rows) {
        return rows == -1 ? "none" : rows == -2 ? "n/a" : Long.toString(rows);
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : v < 10 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
