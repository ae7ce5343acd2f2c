package org.stdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.extract.ExtractionFile;
import org.stdkg.extract.Shard;
import org.stdkg.extract.resolve.EntityResolver;
import org.stdkg.rdf.Bundled;
import org.stdkg.rdf.ExtractionWriter;
import org.stdkg.rdf.Iris;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

/**
 * Extraction in shards: {@code extract --shard i/n -o part.jsonl} on each part, then {@code merge},
 * gives exactly the quads of one {@code extract} over the whole corpus, although entities are merged
 * across documents of different shards.
 */
class ShardedExtractionIT {

    private static final String BASE = "http://localhost:3030/";
    private static final List<String> CORPUS = List.of("seeds", "src/test/resources/corpus/dev", "src/test/resources/corpus/heldout",
            "src/test/resources/corpus/fresh");
    private static final int SHARDS = 3;

    @TempDir
    static Path temp;

    private static Path oneRun;
    private static Path[] parts;

    private static String[] args(String... before) {
        String[] all = new String[before.length + CORPUS.size()];
        System.arraycopy(before, 0, all, 0, before.length);
        for (int i = 0; i < CORPUS.size(); i++) {
            all[before.length + i] = CORPUS.get(i);
        }
        return all;
    }

    @BeforeAll
    static void extract() {
        oneRun = temp.resolve("all.nq");
        Cli.Run run = Cli.run(args("extract", "-o", oneRun.toString()));
        assertEquals(0, run.exitCode(), run.err());
        parts = new Path[SHARDS];
        for (int i = 1; i <= SHARDS; i++) {
            parts[i - 1] = temp.resolve("part-" + i + ".jsonl.gz");
            Cli.Run shard = Cli.run(args("extract", "--shard", i + "/" + SHARDS, "-o", parts[i - 1].toString()));
            assertEquals(0, shard.exitCode(), shard.err());
            assertEquals(List.of(), shard.warnings(), "an extraction file is what merge wants: no warning");
        }
    }

    private static Set<Quad> quads(Path file) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.source(file).parse(dataset);
        Set<Quad> quads = new HashSet<>();
        dataset.find().forEachRemaining(quads::add);
        return quads;
    }

    private static String[] partArgs(String... before) {
        String[] all = new String[before.length + parts.length];
        System.arraycopy(before, 0, all, 0, before.length);
        for (int i = 0; i < parts.length; i++) {
            all[before.length + i] = parts[i].toString();
        }
        return all;
    }

    @Test
    void theShardsSplitTheCorpusWithoutOverlap() {
        Set<String> slugs = new HashSet<>();
        int documents = 0;
        for (Path part : parts) {
            ExtractionFile.Contents contents = ExtractionFile.read(part);
            assertTrue(contents.documents().size() > 0, part + " is empty: the test would not show a merge across shards");
            documents += contents.documents().size();
            contents.documents().forEach(d -> slugs.add(d.slug()));
        }
        assertEquals(documents, slugs.size(), "a document in two shards");
        Set<Node> graphs = new HashSet<>();
        quads(oneRun).forEach(q -> graphs.add(q.getGraph()));
        assertEquals(graphs.size(), documents, "every document of the one run is in a shard");
    }

    @Test
    void mergedShardsGiveExactlyTheQuadsOfOneRun() {
        Path merged = temp.resolve("merged.nq");
        Cli.Run run = Cli.run(partArgs("merge", "-o", merged.toString()));
        assertEquals(0, run.exitCode(), run.err());
        Set<Quad> expected = quads(oneRun);
        Set<Quad> actual = quads(merged);
        assertTrue(expected.stream().noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()),
                "no blank node: set equality is isomorphism");
        assertSameQuads(expected, actual);
        assertTrue(expected.size() > 10_000, "a corpus worth merging: " + expected.size() + " quads");
    }

    /** Set equality, reported as counts and a few examples each way rather than two sets of 40,000 quads. */
    private static void assertSameQuads(Set<Quad> expected, Set<Quad> actual) {
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), missing.size() + " quads missing, e.g. "
                + missing.stream().limit(5).toList() + "; " + extra.size() + " unexpected, e.g. " + extra.stream().limit(5).toList());
    }

    @Test
    void theShardsResolvedAloneWouldNotAddUpToOneRun() throws IOException {
        // Why merge exists: RDF written per shard (what `extract --shard -o part.nq` does) resolves
        // entities within the shard only. If this ever comes out equal, the corpus no longer has an
        // entity named differently across shards, and the merge test above has lost its teeth.
        Set<Quad> union = new HashSet<>();
        for (int i = 1; i <= SHARDS; i++) {
            Path nq = temp.resolve("naive-" + i + ".nq");
            try (java.io.OutputStream out = Files.newOutputStream(nq)) {
                ExtractionWriter.write(EntityResolver.resolve(ExtractionFile.read(parts[i - 1]).documents()), Iris.of(BASE), out,
                        Lang.NQUADS);
            }
            union.addAll(quads(nq));
        }
        Set<Quad> expected = quads(oneRun);
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(union);
        assertTrue(missing.size() > 0, "the union of per-shard RDF equals one run");
    }

    @Test
    void anImpossibleShardIsAUsageError() {
        Cli.Run run = Cli.run("extract", "--shard", "4/3", "seeds", "-o", temp.resolve("never.jsonl").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of("stdkg extract: --shard: not a shard: 4/3 (want i/n with 1 <= i <= n)"), run.errLines());
    }

    @Test
    void anRdfShardIsWarnedAbout() {
        Path file = Path.of("src/test/resources/corpus/dev/04_wto-profile.txt");
        int home = new Shard(1, 2).contains(file) ? 1 : 2;
        Cli.Run run = Cli.run("extract", "--shard", home + "/2", file.toString(), "-o", temp.resolve("wto-shard.nq").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.warnings().size(), run.err());
        assertTrue(run.warnings().get(0).contains("stdkg merge"), run.err());
    }

    @Test
    void mergeIntoTheDatabaseStoresTheOneRunAndTheOntology() {
        Path db = temp.resolve("db");
        Cli.Run run = Cli.run(partArgs("merge", "--db", db.toString()));
        assertEquals(0, run.exitCode(), run.err());
        String ontology = BASE + "graph/ontology";
        Set<Quad> stored = new HashSet<>();
        Graph[] storedOntology = new Graph[1];
        try (GraphStore store = GraphStore.open(StoreConfiguration.bundled(db, Duration.ofSeconds(10)))) {
            store.forEachGraph((name, graph) -> {
                if (name.equals(ontology)) {
                    storedOntology[0] = GraphFactory.createGraphMem();
                    GraphUtil.addInto(storedOntology[0], graph);
                } else {
                    graph.find().forEachRemaining(t -> stored.add(new Quad(NodeFactory.createURI(name), t)));
                }
            });
        }
        assertSameQuads(quads(oneRun), stored);
        // The ontology has blank nodes (OWL lists), which the store renames: isomorphism, not set equality.
        assertTrue(storedOntology[0] != null && storedOntology[0].isIsomorphicWith(Bundled.graph(Bundled.ONTOLOGY)),
                "the ontology graph");
    }

    @Test
    void aMissingShardIsRefusedInOneLine() {
        Cli.Run run = Cli.run("merge", parts[0].toString(), parts[2].toString(), "-o", temp.resolve("never.nq").toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("stdkg merge: shard 2/3 missing: the merge would lack their documents"), run.ownLines());
        assertTrue(Files.notExists(temp.resolve("never.nq")));
    }

    @Test
    void aShardGivenTwiceIsRefusedInOneLine() {
        Cli.Run run = Cli.run("merge", parts[0].toString(), parts[1].toString(), parts[2].toString(), parts[1].toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.ownLines().size(), run.err());
        assertTrue(run.ownLines().get(0).endsWith("are both shard 2/3"), run.err());
        run.assertNoStackTrace();
    }

    @Test
    void aShardThatNoFileFallsIntoIsAnEmptyPartThatMergeAccepts() throws IOException {
        Path file = Path.of("src/test/resources/corpus/dev/04_wto-profile.txt");
        int home = new Shard(1, 2).contains(file) ? 1 : 2;
        Path full = temp.resolve("home.jsonl");
        Path empty = temp.resolve("empty.jsonl");
        Cli.Run one = Cli.run("extract", "--shard", home + "/2", file.toString(), "-o", full.toString());
        Cli.Run other = Cli.run("extract", "--shard", (3 - home) + "/2", file.toString(), "-o", empty.toString());
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, other.exitCode(), other.err());
        assertEquals(1, Files.readAllLines(empty).size(), "the header only");
        Path merged = temp.resolve("wto.nq");
        Cli.Run run = Cli.run("merge", empty.toString(), full.toString(), "-o", merged.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path direct = temp.resolve("wto-direct.nq");
        assertEquals(0, Cli.run("extract", file.toString(), "-o", direct.toString()).exitCode());
        assertEquals(quads(direct), quads(merged));
    }
}
