package org.stdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.vocab.KG;

/**
 * {@code stdkg extract} on bad input, run in-process through {@link Stdkg#commandLine()}: every bad
 * file gets one warning line naming it, nothing prints a stack trace, the good documents are still
 * extracted, and the exit code says whether anything could be extracted.
 */
class ExtractCommandIT {

    private static final String BASE = "http://localhost:3030/";
    private static final Path SEEDS = Path.of("seeds");
    private static final String SEED_A = "000_4c18e10789c3dabd";
    private static final String SEED_B = "004_41f0ccb0a6d27207";



    private static void assertNoStackTrace(Cli.Run run) {
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    private static void writeBadFiles(Path dir) throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("figure.png"), PNG);
        // Latin-1 text saved as .txt: "Genève" is not UTF-8.
        Files.write(dir.resolve("latin1.txt"), "The summit took place in Gen\u00e8ve in 2024.\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** 20 MB of genre sentences on one line, as when a converter loses every line break. */
    private static void writeHugeSingleLine(Path file) throws IOException {
        String[] sentences = {
            "The International Telecommunication Union (ITU) hosted the AI for Good Global Summit in Geneva on 8-11 July 2025. ",
            "ISO/IEC 42001 was developed by ISO/IEC JTC 1/SC 42, the joint committee on artificial intelligence. ",
            "IEC, ISO and ITU issued the Seoul Statement at the International AI Standards Summit. ",
            "Seizo Onoe, Director of the Telecommunication Standardization Bureau at ITU, welcomed the participants. ",
        };
        StringBuilder line = new StringBuilder(21 * 1024 * 1024);
        for (int i = 0; line.length() < 20 * 1024 * 1024; i++) {
            line.append(sentences[i % sentences.length]);
        }
        Files.writeString(file, line, StandardCharsets.UTF_8);
    }

    private static DatasetGraph parse(Path nquads) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(dataset);
        return dataset;
    }

    private static Node graphOf(String slug) {
        return NodeFactory.createURI(BASE + "graph/document/" + slug);
    }

    private static boolean describesDocument(DatasetGraph dataset, String slug) {
        return dataset.contains(graphOf(slug), NodeFactory.createURI(BASE + "id/sourcedocument/" + slug), RDF.type.asNode(),
                KG.SourceDocument.asNode());
    }

    @Test
    void badFilesGetOneWarningEachAndGoodDocumentsAreStillExtracted(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectory(tmp.resolve("corpus"));
        Files.copy(SEEDS.resolve(SEED_A + ".txt"), corpus.resolve(SEED_A + ".txt"));
        Files.copy(SEEDS.resolve(SEED_B + ".txt"), corpus.resolve(SEED_B + ".txt"));
        writeBadFiles(corpus);
        writeHugeSingleLine(corpus.resolve("huge.txt"));
        assertTrue(Files.size(corpus.resolve("huge.txt")) >= 20 * 1024 * 1024);
        Path output = tmp.resolve("out.nq");

        long t0 = System.nanoTime();
        Cli.Run run = Cli.run("extract", corpus.toString(), "-o", output.toString(), "--threads", "2");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;

        assertEquals(Stdkg.OK, run.exitCode(), run.err());
        assertNoStackTrace(run);
        List<String> warnings = run.warnings();
        assertEquals(4, warnings.size(), run.err());
        for (String bad : List.of("empty.txt", "figure.png", "latin1.txt", "huge.txt")) {
            assertEquals(1, warnings.stream().filter(w -> w.contains(corpus.resolve(bad).toString())).count(),
                    bad + " named in exactly one warning: " + warnings);
        }
        assertTrue(warnings.stream().noneMatch(w -> w.contains("000_") || w.contains("004_")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("huge.txt") && w.contains("without a line break")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("latin1.txt") && w.contains("invalid UTF-8 at byte 28")), warnings.toString());
        assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith("extracted 2 of 6 documents")), run.err());
        assertTrue(seconds < 120, "the bad files must not cost minutes: " + seconds + " s");

        DatasetGraph dataset = parse(output);
        assertTrue(describesDocument(dataset, SEED_A), "graph of " + SEED_A);
        assertTrue(describesDocument(dataset, SEED_B), "graph of " + SEED_B);
        for (String slug : List.of("empty", "figure", "latin1", "huge")) {
            assertFalse(dataset.containsGraph(graphOf(slug)), slug);
        }
        // The seed with standard identifiers yields entities with evidence in its graph.
        assertTrue(dataset.stream(graphOf(SEED_B), Node.ANY, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/oa#Annotation"))
                .findAny().isPresent(), "evidence annotations in " + SEED_B);
    }

    @Test
    void nquadsGoToStdoutWithoutOutputFile(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectory(tmp.resolve("corpus"));
        Files.copy(SEEDS.resolve(SEED_A + ".txt"), corpus.resolve(SEED_A + ".txt"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Cli.Run run = Cli.run("extract", corpus.toString());
        assertEquals(Stdkg.OK, run.exitCode(), run.err());
        assertNoStackTrace(run);
        Path nq = Files.writeString(tmp.resolve("stdout.nq"), run.out());
        assertTrue(describesDocument(parse(nq), SEED_A), run.out());
        assertEquals(1, run.warnings().size(), run.err());
    }

    @Test
    void trigAndNquadsHoldTheSameQuads(@TempDir Path tmp) {
        Path nq = tmp.resolve("out.nq");
        Path trig = tmp.resolve("out.trig");
        assertEquals(Stdkg.OK, Cli.run("extract", SEEDS.toString(), "-o", nq.toString()).exitCode());
        assertEquals(Stdkg.OK, Cli.run("extract", SEEDS.toString(), "-o", trig.toString()).exitCode());
        DatasetGraph fromNq = parse(nq);
        DatasetGraph fromTrig = DatasetGraphFactory.createGeneral();
        // Written one document graph at a time: the TriG blocks must still read as one document.
        RDFParser.source(trig).lang(Lang.TRIG).parse(fromTrig);
        assertTrue(fromNq.stream().count() > 0);
        assertEquals(fromNq.stream().count(), fromTrig.stream().count());
        assertTrue(fromNq.stream().allMatch(fromTrig::contains));
    }

    @Test
    void onlyBadFilesExitWithOneAndAOneLineReason(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectory(tmp.resolve("corpus"));
        writeBadFiles(corpus);
        Path output = tmp.resolve("out.nq");
        Cli.Run run = Cli.run("extract", corpus.toString(), "-o", output.toString());
        assertEquals(Stdkg.FAILED, run.exitCode(), run.err());
        assertNoStackTrace(run);
        assertEquals(3, run.warnings().size(), run.err());
        List<String> reasons = run.errLines().stream().filter(l -> !l.startsWith("warning: ")).toList();
        assertEquals(1, reasons.size(), run.err());
        assertTrue(reasons.get(0).startsWith("stdkg extract: nothing extracted"), reasons.get(0));
        assertFalse(Files.exists(output), "no output when nothing was extracted");
    }

    @Test
    void emptyDirectoryAndMissingPathExitWithOne(@TempDir Path tmp) throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Cli.Run run = Cli.run("extract", empty.toString(), tmp.resolve("missing").toString());
        assertEquals(Stdkg.FAILED, run.exitCode(), run.err());
        assertNoStackTrace(run);
        assertEquals(List.of("warning: " + tmp.resolve("missing") + ": no such file or directory",
                "stdkg extract: nothing to extract: no input file found"), run.errLines());
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path tmp) {
        assertEquals(Stdkg.USAGE, Cli.run("extract").exitCode());
        assertEquals(Stdkg.USAGE, Cli.run("extract", "seeds", "--threads", "0").exitCode());
        Cli.Run badFormat = Cli.run("extract", "seeds", "-o", tmp.resolve("out.ttl").toString());
        assertEquals(Stdkg.USAGE, badFormat.exitCode());
        assertNoStackTrace(badFormat);
        assertTrue(badFormat.err().contains("unknown output format"), badFormat.err());
    }
}
