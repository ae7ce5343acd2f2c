package org.stdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.document.DocumentReader;
import org.stdkg.rdf.ExtractionGraphs;
import org.stdkg.rdf.Iris;

/**
 * Feeds the whole extraction (reader, NLP, recognisers, rules, resolution, RDF) documents made to
 * break it, for a bounded time: random bytes, random Unicode (every plane, combining marks,
 * controls, lone surrogates encoded as UTF-8 would be invalid and so are left to the reader),
 * very long lines, deeply repetitive text, and the seeds with random mutations. A document may be
 * rejected (with a warning naming it) or extracted; nothing may throw out of the batch, no
 * extraction may outlive its per-document time limit (its thread must be gone soon after), and the
 * RDF of what was extracted must serialise and parse back.
 *
 * <p>Seeded: the seed is printed in every failure; {@code -Dstdkg.fuzz.seed=N} replays it, and
 * {@code -Dstdkg.fuzz.seconds=S} (default 20) sets how long it runs ({@code bench/fuzz.sh} runs it
 * longer).
 */
class ExtractorFuzzIT {

    private static final Duration DOCUMENT_LIMIT = Duration.ofSeconds(30);
    private static final int BATCH = 6;
    private static final String EXTRACT_THREAD = "stdkg-extract-";

    @TempDir
    Path temp;

    @Test
    void hostileDocumentsAreExtractedOrRejectedWithAWarningWithinTheTimeLimit() throws Exception {
        long seed = Long.getLong("stdkg.fuzz.seed", System.nanoTime());
        double seconds = Double.parseDouble(System.getProperty("stdkg.fuzz.seconds", "20"));
        String replay = " (seed " + seed + ": replay with -Dstdkg.fuzz.seed=" + seed + ")";
        Random random = new Random(seed);
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                seeds.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        CorpusExtractor corpus = new CorpusExtractor(Extractor.create().build(), DocumentReader.create(), 2, DOCUMENT_LIMIT);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        int documents = 0;
        int rejected = 0;
        int extracted = 0;
        int timedOut = 0;
        int batch = 0;
        java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();
        do {
            Path dir = Files.createDirectories(temp.resolve("batch" + batch++));
            List<String> kinds = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                Files.write(dir.resolve(String.format("doc%02d-%s.txt", i, kind.name().toLowerCase())), kind.make(random, seeds));
                kinds.add(kind.name());
            }
            List<String> problems = new ArrayList<>();
            long t0 = System.nanoTime();
            CorpusExtractor.Result result;
            try {
                result = corpus.extract(List.of(dir), p -> {
                    synchronized (problems) {
                        problems.add(p);
                    }
                }, () -> { });
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("the batch " + kinds + " threw " + e + replay, e);
            }
            double batchSeconds = (System.nanoTime() - t0) / 1e9;
            // Each document waits for at most its limit after the one before it.
            assertTrue(batchSeconds < BATCH * DOCUMENT_LIMIT.toSeconds() + 10, "batch " + kinds + " took " + batchSeconds + " s" + replay);

            Set<String> names = new HashSet<>();
            result.resolved().documents().forEach(d -> names.add(Path.of(d.name()).getFileName().toString()));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    boolean warned = problems.stream().anyMatch(p -> p.contains(name));
                    if (!names.contains(name) && !warned) {
                        fail(name + " was neither extracted nor rejected with a warning naming it" + replay);
                    }
                    if (!names.contains(name)) {
                        rejected++;
                    }
                }
            }
            for (String p : problems) {
                assertTrue(p.contains(dir.toString()), "a warning that names no document of the batch: " + p + replay);
                assertEquals(1, p.lines().count(), "a warning of more than one line: " + p + replay);
                if (p.contains("took longer than")) {
                    timedOut++;
                }
                // What kind of rejection: the warning without the file name and numbers.
                String reason = p.substring(p.indexOf(dir.toString()) + dir.toString().length()).replaceFirst("^/[^:]*:\\s*", "")
                        .replaceAll("\\d+", "N").replaceAll("\\(.*", "");
                reasons.merge(reason.strip(), 1, Integer::sum);
            }
            documents += BATCH;
            extracted += names.size();
            roundTrip(result, replay);
            awaitNoExtractionThreads(replay);
        } while (System.nanoTime() < deadline);
        System.out.printf("fuzz: %d documents in %d batches, %d extracted, %d rejected with a warning (%d at the %d s limit); seed %d; "
                + "warnings: %s%n", documents, batch, extracted, rejected, timedOut, DOCUMENT_LIMIT.toSeconds(), seed, reasons);
        assertTrue(documents > 0);
    }

    /** The RDF of a batch serialises as N-Quads and parses back to as many quads. */
    private static void roundTrip(CorpusExtractor.Result result, String replay) {
        DatasetGraph dsg = ExtractionGraphs.create(Iris.of(Iris.DEFAULT_BASE)).toDataset(result.resolved());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, Lang.NQUADS);
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        try {
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(back);
        } catch (RuntimeException e) {
            throw new AssertionError("the RDF of the batch does not parse back: " + e.getMessage() + replay, e);
        }
        assertEquals(count(dsg), count(back), "quads lost in the round trip" + replay);
    }

    private static long count(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.find(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    /** An abandoned extraction must stop (it is interrupted): no extraction thread may run on for long. */
    private static void awaitNoExtractionThreads(String replay) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            if (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith(EXTRACT_THREAD) && t.isAlive())) {
                return;
            }
            Thread.sleep(50);
        }
        StringBuilder b = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.getName().startsWith(EXTRACT_THREAD)) {
                b.append(t.getName()).append(" at ").append(stack.length > 0 ? stack[0] : "?").append('\n');
            }
        });
        fail("extraction threads still running 10 s after their batch:\n" + b + replay);
    }

    /** The kinds of hostile document. */
    enum Kind {
        RANDOM_BYTES {
            @Override
            byte[] make(Random r, List<String> seeds) {
                byte[] b = new byte[1 + r.nextInt(20_000)];
                r.nextBytes(b);
                return b;
            }
        },
        RANDOM_UNICODE {
            @Override
            byte[] make(Random r, List<String> seeds) {
                StringBuilder s = new StringBuilder();
                int n = 1 + r.nextInt(20_000);
                while (s.length() < n) {
                    int cp = switch (r.nextInt(6)) {
                        case 0 -> r.nextInt(0x80);
                        case 1 -> 0x300 + r.nextInt(0x70); // combining marks
                        case 2 -> 0x590 + r.nextInt(0x200); // Hebrew, Arabic (right to left)
                        case 3 -> 0x1F300 + r.nextInt(0x300); // emoji, outside the BMP
                        case 4 -> " .,;:()/-\n\t\r\u00a0\u200b\u2028\ufeff".codePointAt(r.nextInt(16));
                        default -> r.nextInt(Character.MAX_CODE_POINT + 1);
                    };
                    // Control characters other than line breaks and tabs make it binary: random bytes test that.
                    boolean control = Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t' && cp != '\r';
                    if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) && !control) {
                        s.appendCodePoint(cp);
                    }
                }
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
        },
        LONG_LINE {
            @Override
            byte[] make(Random r, List<String> seeds) {
                if (r.nextInt(5) == 0) {
                    // Past the reader's limit on a block: refused up front.
                    return "ISO/IEC JTC 1 ".repeat(DocumentReader.MAX_BLOCK_CHARS / 14 + 1 + r.nextInt(1000)).getBytes(StandardCharsets.UTF_8);
                }
                // A seed with its line breaks lost, and sometimes its full stops too: one block of prose.
                String text = cut(seeds.get(r.nextInt(seeds.size())), 30_000).replace('\n', ' ');
                if (r.nextBoolean()) {
                    text = text.replace(". ", " ");
                }
                return text.getBytes(StandardCharsets.UTF_8);
            }
        },
        REPETITIVE {
            private static final String[] UNITS = {"ISO ", "ISO/IEC ", "ISO/IEC JTC 1/SC 42 ", "the ", "(", "((", ")", "1 ", "2023 ",
                "ISO/IEC 42001:2023, ", "and ", "International Organization for ", "Summit on ", "- ", "/", "SC ", ". ", "., ",
                "\"", "AI standards ", "Geneva, Switzerland, ", "WP.29 ", "ITU-T Y.", "in December 2025 ", "organized by "};

            @Override
            byte[] make(Random r, List<String> seeds) {
                StringBuilder s = new StringBuilder();
                String unit = UNITS[r.nextInt(UNITS.length)] + (r.nextBoolean() ? "" : UNITS[r.nextInt(UNITS.length)]);
                int times = 1 + r.nextInt(20_000 / unit.length() + 1);
                for (int i = 0; i < times; i++) {
                    s.append(unit);
                    if (r.nextInt(200) == 0) {
                        s.append('\n');
                    }
                }
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
        },
        MUTATED_SEED {
            @Override
            byte[] make(Random r, List<String> seeds) {
                StringBuilder s = new StringBuilder(cut(seeds.get(r.nextInt(seeds.size())), 15_000));
                int edits = 1 + r.nextInt(200);
                for (int i = 0; i < edits && s.length() > 2; i++) {
                    int at = r.nextInt(s.length() - 1);
                    int len = Math.min(s.length() - at, 1 + r.nextInt(60));
                    switch (r.nextInt(4)) {
                        case 0 -> s.delete(at, at + len);
                        case 1 -> s.insert(at, s.substring(at, at + len).repeat(1 + r.nextInt(30)));
                        case 2 -> s.insert(at, (char) (0x20 + r.nextInt(0x60)));
                        default -> {
                            int from = r.nextInt(s.length() - len + 1);
                            s.insert(at, s.substring(from, from + len));
                        }
                    }
                }
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
        };

        abstract byte[] make(Random r, List<String> seeds) throws IOException;

        /** At most the first {@code max} characters: big enough to break things, small enough for many documents a minute. */
        static String cut(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max);
        }
    }
}
