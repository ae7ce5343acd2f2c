package org.stdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.document.DocumentReader;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Extractor;
import org.stdkg.rdf.ExtractionGraphs;
import org.stdkg.rdf.Iris;

/**
 * A build killed with SIGKILL in the middle leaves a database that opens, whose document graphs
 * are each complete or absent, and whose previous content is intact. Runs the real jar
 * ({@code target/stdkg.jar}, made in the package phase before the integration tests).
 */
class KilledBuildIT {

    static final Iris IRIS = Iris.of(Iris.DEFAULT_BASE);

    @TempDir
    Path temp;

    @Test
    void killedBuildLeavesPreviousDatabaseIntactAndGraphsWhole() throws Exception {
        Path jar = Path.of("target/stdkg.jar");
        assertTrue(Files.exists(jar), "run after mvn package");
        Path db = temp.resolve("db");
        Path first = temp.resolve("first");
        Path more = temp.resolve("more");
        Files.createDirectories(first);
        Files.createDirectories(more);
        // Copies of the smallest seed: cheap to extract, many graphs to load, so the kill lands mid-load.
        Path smallest;
        try (var s = Files.list(Path.of("seeds"))) {
            smallest = s.min(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        for (int i = 0; i < 3; i++) {
            Files.copy(smallest, first.resolve(String.format("first%02d-%s", i, smallest.getFileName())));
        }
        for (int i = 0; i < 60; i++) {
            Files.copy(smallest, more.resolve(String.format("more%02d-%s", i, smallest.getFileName())));
        }

        // A complete first build: the previous database.
        Process firstBuild = run(jar, "build", "--db", db.toString(), first.toString());
        assertEquals(0, firstBuild.waitFor(), "first build succeeds");
        Map<String, Long> before = graphSizes(db);
        assertEquals(3, before.size());

        // A second, larger build, killed while it loads.
        Process second = run(jar, "build", "-v", "--db", db.toString(), first.toString(), more.toString());
        waitUntilLoading(second);
        second.destroyForcibly();
        assertTrue(second.waitFor(30, TimeUnit.SECONDS));

        Map<String, Long> expected = expectedSizes(List.of(first, more));
        Map<String, Long> after = graphSizes(db);
        assertTrue(after.size() >= before.size(), "no previous graph lost");
        assertTrue(after.size() < expected.size(), "the kill landed before the build finished: " + after.size());
        for (Map.Entry<String, Long> g : after.entrySet()) {
            Long complete = expected.get(g.getKey());
            Long previous = before.get(g.getKey());
            assertTrue(g.getValue().equals(complete) || g.getValue().equals(previous),
                    () -> g.getKey() + " has " + g.getValue() + " triples: neither the complete " + complete + " nor the previous "
                            + previous);
        }
        try (GraphStore store = GraphStore.open(StoreConfiguration.bundled(db, Duration.ofSeconds(10)))) {
            if (!store.check().consistent()) {
                store.reindex();
            }
            assertTrue(store.check().consistent(), "text index agrees with the data after reindex");
        }
    }

    private Process run(Path jar, String... args) throws IOException {
        // Small transactions, so that the kill lands between two commits (a build commits 1,000,000 quads at a time).
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-D" + GraphStore.BATCH_PROPERTY + "=500", "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(temp.resolve("build.log").toFile()).start();
    }

    /**
     * Waits until the second build has committed its first document graph (it says so with -v),
     * then a little more, so the kill lands in the middle of loading.
     */
    private void waitUntilLoading(Process build) throws Exception {
        Path log = temp.resolve("build.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && build.isAlive()) {
            if (Files.readString(log).contains("loaded ")) {
                Thread.sleep(50);
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the second build never started loading: " + Files.readString(log));
    }

    private static Map<String, Long> graphSizes(Path db) {
        Map<String, Long> sizes = new HashMap<>();
        try (GraphStore store = GraphStore.open(StoreConfiguration.bundled(db, Duration.ofSeconds(10)))) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                for (String g : store.graphs(IRIS.base() + "graph/document/")) {
                    sizes.put(g, dsg.getGraph(NodeFactory.createURI(g)).size() * 1L);
                }
            });
        }
        return sizes;
    }

    private static Map<String, Long> expectedSizes(List<Path> inputs) {
        CorpusExtractor corpus = new CorpusExtractor(Extractor.create().build(), DocumentReader.create(), 2, Duration.ofMinutes(2));
        CorpusExtractor.Result result = corpus.extract(inputs, p -> { }, () -> { });
        DatasetGraph dsg = ExtractionGraphs.create(IRIS).toDataset(result.resolved());
        Map<String, Long> sizes = new HashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> sizes.put(g.getURI(), (long) dsg.getGraph(g).size()));
        return sizes;
    }
}
