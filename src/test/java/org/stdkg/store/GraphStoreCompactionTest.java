package org.stdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GraphStore#compactIfGrown}: a database rebuilt from the same documents again and again
 * stays the size of its data (TDB2 keeps every block a transaction replaced until compaction), and
 * keeps its data and text index. Real TDB2 in a temporary directory.
 */
class GraphStoreCompactionTest {

    private static final int GRAPHS = 60;
    private static final int ENTITIES = 40;

    @TempDir
    Path temp;

    private GraphStore open() {
        return GraphStore.open(StoreConfiguration.bundled(temp.resolve("db"), Duration.ofSeconds(10)));
    }

    /** A document graph: entities with a type, a label and links to the next (shared across graphs). */
    private static Graph document(int d) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int e = 0; e < ENTITIES; e++) {
            Node s = NodeFactory.createURI("http://example.org/doc" + d + "/e" + e);
            g.add(Triple.create(s, RDF.type.asNode(), NodeFactory.createURI("http://example.org/Kind" + (e % 7))));
            g.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralString("entity " + e + " of document " + d)));
            g.add(Triple.create(s, NodeFactory.createURI("http://example.org/mentions"),
                    NodeFactory.createURI("http://example.org/shared" + ((d + e) % 50))));
        }
        return g;
    }

    /** Stores every document as a build does, in many small transactions (the worst case for growth). */
    private static void build(GraphStore store) {
        try (GraphSink.Batch batch = store.batch(ENTITIES * 3 * 6)) {
            for (int d = 0; d < GRAPHS; d++) {
                batch.replace("http://example.org/graph/" + d, document(d), n -> { });
            }
            batch.finish();
        }
    }

    private static List<Path> generations(Path container) throws IOException {
        try (Stream<Path> dirs = Files.list(container)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void rebuildingTheSameDocumentsKeepsTheDatabaseCompactWithItsDataAndIndex() throws IOException {
        long filled;
        long grown = 0;
        long quads;
        try (GraphStore store = open()) {
            build(store);
            GraphStore.Compaction first = store.compactIfGrown(2.0, 0);
            assertFalse(first.compacted(), "a database filled from empty is taken as compact");
            filled = first.bytesAfter();
            quads = store.size();
            assertEquals((long) GRAPHS * ENTITIES * 3, quads);
        }
        int compactions = 0;
        for (int run = 0; run < 2; run++) {
            try (GraphStore store = open()) {
                build(store);
                GraphStore.Compaction c = store.compactIfGrown(2.0, 0);
                grown = Math.max(grown, c.bytesBefore());
                if (c.compacted()) {
                    compactions++;
                }
                assertTrue(c.bytesAfter() <= filled * 2, "after rebuild " + (run + 1) + ": " + c.bytesAfter() + " bytes, filled: "
                        + filled);
            }
        }
        // Without compaction each rebuild would have added more than the data's size again.
        assertTrue(grown > filled * 2, "rebuilds grew the database to " + grown + " bytes from " + filled);
        assertTrue(compactions >= 1);
        assertEquals(1, generations(temp.resolve("db/tdb2")).size(), "the old generations are deleted");
        try (GraphStore store = open()) {
            assertEquals(quads, store.size());
            GraphStore.IndexCheck check = store.check();
            assertTrue(check.consistent(), check.toString());
            assertEquals((long) GRAPHS * ENTITIES, check.expected());
        }
    }

    @Test
    void aCompactionKilledMidwayLeavesTheDatabaseAsItWas() throws IOException {
        long quads;
        try (GraphStore store = open()) {
            build(store);
            quads = store.size();
        }
        // What a compaction killed while copying leaves: the next generation half written under its temporary name.
        Path container = temp.resolve("db/tdb2");
        Path partial = Files.createDirectories(container.resolve("Data-0002-tmp"));
        Files.write(partial.resolve("SPOG.dat"), new byte[8192]);
        try (GraphStore store = open()) {
            assertEquals(quads, store.size());
            build(store);
            assertTrue(store.compactIfGrown(1.0, 0).compacted());
            assertEquals(quads, store.size());
        }
        assertEquals(List.of(container.resolve("Data-0002")), generations(container));
        try (GraphStore store = open()) {
            assertEquals(quads, store.size());
            assertTrue(store.check().consistent());
        }
    }
}
