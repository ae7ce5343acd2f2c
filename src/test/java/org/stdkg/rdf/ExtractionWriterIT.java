package org.stdkg.rdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stdkg.document.DocumentReader;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Extractor;
import org.stdkg.extract.resolve.ResolvedExtraction;

/** {@link ExtractionWriter}: the same N-Quads bytes on any number of threads, and the same quads as the in-memory dataset. */
class ExtractionWriterIT {

    private static final Iris IRIS = Iris.of(Iris.DEFAULT_BASE);
    private static ResolvedExtraction resolved;

    @BeforeAll
    static void extract() {
        List<String> problems = new ArrayList<>();
        CorpusExtractor corpus = new CorpusExtractor(Extractor.create().build(), DocumentReader.create(), 2, Duration.ofMinutes(2));
        resolved = corpus.extract(List.of(Path.of("seeds"), Path.of("src/test/resources/corpus/dev")), problems::add, () -> { })
                .resolved();
        assertTrue(problems.isEmpty(), () -> "problems: " + problems);
        assertTrue(resolved.documents().size() > 3);
    }

    private static byte[] nquads(int threads, long[] count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        count[0] = ExtractionWriter.write(resolved, IRIS, out, Lang.NQUADS, threads);
        return out.toByteArray();
    }

    @Test
    void nquadsAreTheSameBytesOnAnyNumberOfThreads() {
        long[] one = new long[1];
        long[] three = new long[1];
        long[] eight = new long[1];
        byte[] sequential = nquads(1, one);
        assertArrayEquals(sequential, nquads(3, three));
        assertArrayEquals(sequential, nquads(8, eight));
        assertEquals(one[0], three[0]);
        assertEquals(one[0], eight[0]);
    }

    @Test
    void nquadsHoldTheQuadsOfTheInMemoryDataset() {
        long[] count = new long[1];
        byte[] bytes = nquads(4, count);
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), Lang.NQUADS).parse(parsed);
        DatasetGraph expected = ExtractionGraphs.create(IRIS).toDataset(resolved);
        List<Quad> expectedQuads = expected.stream().toList();
        assertEquals(expectedQuads.size(), count[0]);
        assertEquals(expectedQuads.size(), parsed.stream().count());
        for (Quad q : expectedQuads) {
            assertTrue(parsed.contains(q), () -> "missing " + q);
        }
    }

    @Test
    void threadsBelowOneAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExtractionWriter.write(resolved, IRIS, new ByteArrayOutputStream(), Lang.NQUADS, 0));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
    }
}
