package org.stdkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.apache.jena.riot.Lang;
import org.stdkg.document.DocumentReader;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Extractor;
import org.stdkg.nlp.NlpModels;
import org.stdkg.rdf.ExtractionWriter;
import org.stdkg.rdf.Iris;

import com.sun.management.GarbageCollectionNotificationInfo;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Extraction throughput against the bare NLP it is built on, run by {@code bench/throughput.sh}.
 *
 * <p>On the same files, on one thread and on all cores (documents in parallel), it times:
 * <ul>
 * <li><b>baseline</b>: read the file, then OpenNLP alone: sentence detection over the whole text, tokenization
 * and POS tagging of each sentence, with the same English UD models as stdkg;</li>
 * <li><b>pipeline</b>: what {@code stdkg extract} does: {@link CorpusExtractor} (read, structure, annotate,
 * recognise mentions, apply relation rules, resolve entities across the batch), then the RDF with evidence,
 * document graph by document graph ({@link ExtractionWriter}, as {@code stdkg extract} writes it), serialised
 * as N-Quads into a stream that discards the bytes (so serialisation is counted, disk writing is not).</li>
 * </ul>
 * For each run it reports MB/s (input bytes / wall time), MB per CPU-second of the JVM (robust when other
 * processes compete for the cores), the pipeline/baseline ratios, the peak heap (sampled heap use, garbage
 * included), the time the JIT compilers spent during the run (elapsed, so inflated when the machine is busy) and the peak live heap (the largest heap occupancy right after a garbage collection: close to
 * what the run really needs).
 *
 * <p>Lives in the test sources so that the production jar carries no benchmark code.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat classpath.txt) org.stdkg.bench.ThroughputBenchmark CORPUS_DIR RESULTS.tsv
 * java ... org.stdkg.bench.ThroughputBenchmark CORPUS_DIR --pipeline-only THREADS   (one pipeline run, for a small -Xmx)
 * </pre>
 */
public final class ThroughputBenchmark {

    private static final double MB = 1024.0 * 1024.0;

    private ThroughputBenchmark() {
    }

    /** Wall time of the pipeline's last run spent in extraction (the rest is building and writing RDF). */
    private static volatile long lastExtractionNanos;

    /**
     * One timed run.
     *
     * @param cpuNanos CPU time of the whole JVM during the run (all threads, GC and JIT included)
     * @param load the 1-minute load average of the machine before and after the run: other processes competing
     *     for the cores make wall times worse, CPU times far less so
     * @param jitMillis time the JIT compilers spent during the run (the JVM's elapsed-time figure, so above their CPU
     *     time when the machine is busy): the pipeline's code is far larger than OpenNLP's, and a run right after the
     *     warm-up still pays for compiling much of it, which a longer run spreads over more text
     */
    record Run(String what, int threads, long bytes, long nanos, long cpuNanos, long units, long peakHeap, long peakLiveHeap,
            long extractionNanos, String load, long jitMillis, long javaThreadsCpuNanos) {

        double seconds() {
            return nanos / 1e9;
        }

        double mbPerSecond() {
            return bytes / MB / seconds();
        }

        /** Throughput per CPU-second of the Java threads alone: the work itself, without JIT compilation and GC. */
        double mbPerJavaCpuSecond() {
            return bytes / MB / (javaThreadsCpuNanos / 1e9);
        }

        /** Throughput per CPU-second: what the work costs, whatever else runs on the machine. */
        double mbPerCpuSecond() {
            return bytes / MB / (cpuNanos / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ThroughputBenchmark CORPUS_DIR RESULTS.tsv | CORPUS_DIR --pipeline-only THREADS");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        List<Path> files = CorpusExtractor.files(List.of(corpus), p -> System.err.println("warning: " + p));
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        if (files.isEmpty()) {
            System.err.println("no files in " + corpus);
            System.exit(1);
        }
        GcWatch gc = GcWatch.install();
        if (args[1].equals("--pipeline-only")) {
            int threads = Integer.parseInt(args[2]);
            Run run = measure(gc, "pipeline", threads, bytes, () -> pipeline(corpus, threads));
            System.out.println(format(run, null));
            return;
        }
        Path results = Path.of(args[1]);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "corpus: %d files, %.1f MB; cores: %d; max heap: %.0f MB%n", files.size(), bytes / MB, cores,
                Runtime.getRuntime().maxMemory() / MB);

        // Warm-up on a slice of the corpus: loads the models and lets the JIT compile the hot paths of both sides.
        Path slice = Files.createTempDirectory("stdkg-bench-warmup");
        long sliceBytes = 0;
        for (Path f : files) {
            if (sliceBytes > 2 * MB) {
                break;
            }
            Files.copy(f, slice.resolve(f.getFileName()));
            sliceBytes += Files.size(f);
        }
        baseline(CorpusExtractor.files(List.of(slice), p -> { }), cores);
        pipeline(slice, cores);

        List<Run> runs = new ArrayList<>();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            runs.add(measure(gc, "baseline", threads, bytes(files), () -> baseline(files, threads)));
            System.out.println(format(runs.get(runs.size() - 1), null));
            runs.add(measure(gc, "pipeline", threads, bytes(files), () -> pipeline(corpus, threads)));
            System.out.println(format(runs.get(runs.size() - 1), runs.get(runs.size() - 2)));
        }
        try (PrintStream out = new PrintStream(Files.newOutputStream(results), true, StandardCharsets.UTF_8)) {
            out.println("what\tthreads\tMB\twall_s\tMB_per_s\tratio_wall\tcpu_s\tMB_per_cpu_s\tratio_cpu\textraction_wall_s"
                    + "\tunits\tpeak_heap_MB\tpeak_live_heap_MB\tload_before_after\tjit_s\tjava_threads_cpu_s\tratio_java_threads_cpu");
            for (int i = 0; i < runs.size(); i++) {
                Run r = runs.get(i);
                boolean pipeline = r.what().equals("pipeline");
                Run base = pipeline ? runs.get(i - 1) : null;
                out.printf(Locale.ROOT, "%s\t%d\t%.1f\t%.1f\t%.3f\t%s\t%.1f\t%.3f\t%s\t%s\t%d\t%.0f\t%.0f\t%s\t%.1f\t%.1f\t%s%n", r.what(), r.threads(),
                        r.bytes() / MB, r.seconds(), r.mbPerSecond(),
                        pipeline ? String.format(Locale.ROOT, "%.2f", r.mbPerSecond() / base.mbPerSecond()) : "",
                        r.cpuNanos() / 1e9, r.mbPerCpuSecond(),
                        pipeline ? String.format(Locale.ROOT, "%.2f", r.mbPerCpuSecond() / base.mbPerCpuSecond()) : "",
                        pipeline ? String.format(Locale.ROOT, "%.1f", r.extractionNanos() / 1e9) : "",
                        r.units(), r.peakHeap() / MB, r.peakLiveHeap() / MB, r.load(), r.jitMillis() / 1e3, r.javaThreadsCpuNanos() / 1e9,
                        pipeline ? String.format(Locale.ROOT, "%.2f", r.mbPerJavaCpuSecond() / base.mbPerJavaCpuSecond()) : "");
            }
        }
        deleteTree(slice);
    }

    private static long bytes(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }

    private static String format(Run r, Run baseline) {
        String ratio = baseline == null ? ""
                : String.format(Locale.ROOT, "%n         ratio to baseline: %.2f (wall), %.2f (CPU), %.2f (CPU of the Java threads,"
                        + " without JIT and GC); extraction %.1f s of %.1f s, the rest RDF",
                        r.mbPerSecond() / baseline.mbPerSecond(), r.mbPerCpuSecond() / baseline.mbPerCpuSecond(),
                        r.mbPerJavaCpuSecond() / baseline.mbPerJavaCpuSecond(),
                        r.extractionNanos() / 1e9, r.seconds());
        String units = r.what().equals("baseline") ? "tokens" : "quads";
        return String.format(Locale.ROOT,
                "%-8s threads=%d  wall %6.1f s = %6.3f MB/s  cpu %6.1f s = %6.3f MB/cpu-s  %,d %s  peak heap %.0f MB, "
                        + "peak live heap %.0f MB  load %s  jit %.1f s  java threads cpu %.1f s%s",
                r.what(), r.threads(), r.seconds(), r.mbPerSecond(), r.cpuNanos() / 1e9, r.mbPerCpuSecond(), r.units(), units,
                r.peakHeap() / MB, r.peakLiveHeap() / MB, r.load(), r.jitMillis() / 1e3, r.javaThreadsCpuNanos() / 1e9, ratio);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Something timed that returns a count (tokens, quads) so that the work cannot be optimised away. */
    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }

    private static Run measure(GcWatch gc, String what, int threads, long bytes, Work work) throws Exception {
        System.gc();
        gc.reset();
        String loadBefore = load();
        lastExtractionNanos = 0;
        HeapSampler sampler = HeapSampler.start();
        long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long units;
        try {
            units = work.run();
        } finally {
            sampler.stop();
        }
        long nanos = System.nanoTime() - t0;
        long cpuNanos = processCpuNanos() - cpu0;
        // A run too short to trigger a collection has its live heap bounded by its peak use.
        long live = gc.peakLive() > 0 ? gc.peakLive() : sampler.peak();
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0;
        return new Run(what, threads, bytes, nanos, cpuNanos, units, sampler.peak(), live, lastExtractionNanos, loadBefore + "/" + load(), jit,
                sampler.javaThreadsCpuNanos());
    }

    /**
     * The largest heap use seen, sampled every 5 ms: garbage not yet collected included, so it depends on
     * -Xmx and the collector; never above -Xmx (unlike a sum of the pools' separate peaks).
     */
    static final class HeapSampler implements Runnable {
        private final AtomicLong peak = new AtomicLong();
        /** CPU time of each live Java thread when the run started, and the latest seen (threads that end keep theirs). */
        private final java.util.Map<Long, Long> cpuAtStart = new java.util.HashMap<>();
        private final java.util.Map<Long, Long> cpuLatest = new java.util.HashMap<>();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this, "heap-sampler");

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            var threads = ManagementFactory.getThreadMXBean();
            for (long id : threads.getAllThreadIds()) {
                sampler.cpuAtStart.put(id, Math.max(0, threads.getThreadCpuTime(id)));
            }
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                sampleThreads();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** The Java threads' CPU times; a thread that ends between two samples loses at most one interval's worth. */
        private synchronized void sampleThreads() {
            var threads = ManagementFactory.getThreadMXBean();
            for (long id : threads.getAllThreadIds()) {
                long cpu = threads.getThreadCpuTime(id);
                if (cpu >= 0) {
                    cpuLatest.put(id, cpu);
                }
            }
        }

        /**
         * CPU time of the Java threads during the run (the work, the sampler's own included): without the JIT compiler
         * and GC threads, which are not Java threads.
         */
        synchronized long javaThreadsCpuNanos() {
            long total = 0;
            for (var e : cpuLatest.entrySet()) {
                total += e.getValue() - cpuAtStart.getOrDefault(e.getKey(), 0L);
            }
            return total;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            sampleThreads();
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }

        long peak() {
            return peak.get();
        }
    }

    /** OpenNLP alone: sentences over the whole text, then tokens and POS tags per sentence; documents in parallel. */
    static long baseline(List<Path> files, int threads) throws Exception {
        NlpModels models = NlpModels.get();
        ThreadLocal<Object[]> tools = ThreadLocal.withInitial(() -> new Object[] {new SentenceDetectorME(models.sentenceModel()),
            new TokenizerME(models.tokenizerModel()), new POSTaggerME(models.posModel())});
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong tokens = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    Object[] t = tools.get();
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    long n = 0;
                    for (Span s : ((SentenceDetectorME) t[0]).sentPosDetect(text)) {
                        String sentence = s.getCoveredText(text).toString();
                        Span[] spans = ((TokenizerME) t[1]).tokenizePos(sentence);
                        String[] words = Span.spansToStrings(spans, sentence);
                        n += ((POSTaggerME) t[2]).tag(words).length;
                    }
                    tokens.addAndGet(n);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return tokens.get();
    }

    /** The extraction as {@code stdkg extract} runs it, with the N-Quads written to a discarding stream. */
    static long pipeline(Path corpus, int threads) throws IOException {
        long t0 = System.nanoTime();
        CorpusExtractor extractor = new CorpusExtractor(Extractor.create().build(), DocumentReader.create(), threads, Duration.ofHours(1));
        CorpusExtractor.Result result = extractor.extract(List.of(corpus), p -> System.err.println("warning: " + p), () -> { });
        lastExtractionNanos = System.nanoTime() - t0;
        if (result.documents() != result.files()) {
            throw new IllegalStateException("only " + result.documents() + " of " + result.files() + " documents extracted");
        }
        try (OutputStream discard = OutputStream.nullOutputStream()) {
            return ExtractionWriter.write(result.resolved(), Iris.of(Iris.DEFAULT_BASE), discard, Lang.NQUADS, threads);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The largest heap occupancy seen right after a garbage collection since the last reset. */
    static final class GcWatch implements NotificationListener {
        private final AtomicLong peakLive = new AtomicLong();

        static GcWatch install() {
            GcWatch watch = new GcWatch();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(watch, null, null);
                }
            }
            return watch;
        }

        void reset() {
            peakLive.set(0);
        }

        long peakLive() {
            return peakLive.get();
        }

        @Override
        public void handleNotification(javax.management.Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (var entry : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                // Heap pools only: metaspace and code cache are not what documents fill.
                if (!entry.getKey().contains("Metaspace") && !entry.getKey().contains("CodeHeap")
                        && !entry.getKey().contains("Compressed Class")) {
                    used += entry.getValue().getUsed();
                }
            }
            peakLive.accumulateAndGet(used, Math::max);
        }
    }
}
