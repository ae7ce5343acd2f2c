package org.stdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GraphStore#load}: graph-by-graph replacement, whole graphs batched into transactions,
 * the text index in step with the data (no entry missing, none stale, none twice).
 */
class GraphStoreLoadTest {

    private static final String LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>";
    private static final String TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

    @TempDir
    Path temp;

    private GraphStore open() {
        return GraphStore.open(StoreConfiguration.bundled(temp.resolve("db"), Duration.ofSeconds(10)));
    }

    private Path nq(String name, String... lines) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String label(String subject, String label, String graph) {
        return "<http://example.org/" + subject + "> " + LABEL + " \"" + label + "\" <http://example.org/graph/" + graph + "> .";
    }

    private static String typed(String subject, String graph) {
        return "<http://example.org/" + subject + "> " + TYPE + " <http://example.org/Thing> <http://example.org/graph/" + graph + "> .";
    }

    /** The live documents of the text index (the store closed). */
    private long luceneDocuments() throws IOException {
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(temp.resolve("db/text-index"));
                org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    /** The labels in a graph, sorted. */
    private static Set<String> labels(GraphStore store, String graph) {
        Node g = NodeFactory.createURI("http://example.org/graph/" + graph);
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().asDatasetGraph().find(g, Node.ANY, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    @Test
    void reloadingReplacesEachGraphAndLeavesOthersAndTheIndexInStep() throws IOException {
        try (GraphStore store = open()) {
            store.load(nq("a.nq", label("iso", "ISO", "doc1"), label("iso", "International Organization for Standardization", "doc1"),
                    label("itu", "ITU", "doc2")));
            long[] counts = store.load(nq("b.nq", label("iso", "ISO/IEC", "doc1")));

            assertEquals(1, counts[0]);
            assertEquals(Set.of("ISO/IEC"), labels(store, "doc1"));
            assertEquals(Set.of("ITU"), labels(store, "doc2"));
            GraphStore.IndexCheck check = store.check();
            assertTrue(check.consistent(), check.toString());
            assertEquals(2, check.indexed());
        }
        assertEquals(2, luceneDocuments());
    }

    @Test
    void graphComingBackLaterIsAddedToWithoutIndexingATripleTwice() throws IOException {
        try (GraphStore store = open()) {
            long[] counts = store.load(nq("a.nq", label("wef", "WEF", "doc1"), label("unece", "UNECE", "doc2"),
                    label("wef", "WEF", "doc1"), label("wef", "World Economic Forum", "doc1")));

            assertEquals(2, counts[0]);
            assertEquals(Set.of("WEF", "World Economic Forum"), labels(store, "doc1"));
            GraphStore.IndexCheck check = store.check();
            assertTrue(check.consistent(), check.toString());
            assertEquals(3, check.indexed());
        }
        // The check compares sets of ids; a triple indexed twice shows only as a second document.
        assertEquals(3, luceneDocuments());
    }

    @Test
    void graphsAreBatchedWholeAndBadInputDropsOnlyTheOpenBatch() throws IOException {
        try (GraphStore store = open()) {
            // Two quads per transaction: doc1 commits alone, doc2 and doc3 together; doc4 is in the
            // open transaction when the parser meets the broken line in doc5.
            Path file = nq("bad.nq", label("a", "A", "doc1"), typed("a", "doc1"), label("b", "B", "doc2"), label("c", "C", "doc3"),
                    label("d", "D", "doc4"), label("e", "E", "doc5"), "<http://example.org/broken");

            StoreException e = assertThrows(StoreException.class, () -> store.load(file, 2));

            assertTrue(e.getMessage().contains("not valid RDF"), e.getMessage());
            assertEquals(Set.of("A"), labels(store, "doc1"));
            assertEquals(Set.of("B"), labels(store, "doc2"));
            assertEquals(Set.of("C"), labels(store, "doc3"));
            assertEquals(Set.of(), labels(store, "doc4"));
            assertEquals(Set.of(), labels(store, "doc5"));
            GraphStore.IndexCheck check = store.check();
            assertTrue(check.consistent(), check.toString());
            assertEquals(3, check.indexed());
        }
    }

    @Test
    void exportWritesEachGraphInOneRunSoThatReloadingReplacesGraphsWhole() throws IOException {
        // Subjects shared across graphs: an export in subject order interleaves the graphs.
        String[] lines = new String[30];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = label("e" + (i % 6), "Entity " + i, "doc" + (i % 5));
        }
        Path exported = temp.resolve("export.nq");
        try (GraphStore store = open()) {
            store.load(nq("in.nq", lines));
            try (java.io.OutputStream out = Files.newOutputStream(exported)) {
                store.export(out, org.apache.jena.riot.Lang.NQUADS);
            }
        }
        java.util.List<String> graphRuns = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(exported)) {
            String graph = line.substring(line.lastIndexOf(" <") + 1, line.lastIndexOf('>') + 1);
            if (graphRuns.isEmpty() || !graphRuns.get(graphRuns.size() - 1).equals(graph)) {
                graphRuns.add(graph);
            }
        }
        assertEquals(5, graphRuns.size(), graphRuns.toString());
        assertEquals(30, Files.readAllLines(exported).size());
    }

    @Test
    void manyGraphsAcrossSeveralTransactionsAllArrive() throws IOException {
        String[] lines = new String[50];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = label("e" + i, "Entity " + i, "doc" + (i / 5));
        }
        try (GraphStore store = open()) {
            long[] counts = store.load(nq("many.nq", lines), 7);

            assertEquals(10, counts[0]);
            assertEquals(50, counts[1]);
            assertEquals(50, store.size());
            assertEquals(Set.of("Entity 45", "Entity 46", "Entity 47", "Entity 48", "Entity 49"), labels(store, "doc9"));
            assertTrue(store.check().consistent());
        }
    }

    @Test
    void thousandsOfIndexedTriplesAcrossTransactionsAreEachIndexedOnce() throws IOException {
        // More documents than the text indexer hands over at a time, across many transactions,
        // with a repeated line inside a graph: every label indexed exactly once.
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add(label("e" + i, "Entity " + i, "doc" + (i / 10)));
            if (i % 10 == 3) {
                lines.add(label("e" + i, "Entity " + i, "doc" + (i / 10)));
            }
        }
        try (GraphStore store = open()) {
            long[] counts = store.load(nq("thousands.nq", lines.toArray(String[]::new)), 250);

            assertEquals(300, counts[0]);
            assertEquals(3000, store.size());
            GraphStore.IndexCheck check = store.check();
            assertTrue(check.consistent(), check.toString());
            assertEquals(3000, check.indexed());
        }
        assertEquals(3000, luceneDocuments());
    }

    @Test
    void batchCommitsWholeGraphsTogetherAndTellsEachOnceDurable() {
        try (GraphStore store = open()) {
            store.replaceGraph("http://example.org/graph/old", graph("old", "Old"));
            java.util.List<String> told = new java.util.ArrayList<>();
            try (GraphSink.Batch batch = store.batch(3)) {
                batch.replace("http://example.org/graph/doc1", graph("a", "A", "b", "B"), n -> told.add("doc1=" + n));
                assertEquals(java.util.List.of(), told, "nothing is durable before the transaction commits");
                batch.replace("http://example.org/graph/doc2", graph("c", "C", "d", "D"), n -> told.add("doc2=" + n));
                // doc1 and doc2 hold 4 quads, over 3: they commit as doc3 starts.
                batch.replace("http://example.org/graph/doc3", graph("e", "E"), n -> told.add("doc3=" + n));
                assertEquals(java.util.List.of("doc1=2", "doc2=2"), told);
                batch.replace("http://example.org/graph/old", graph("new", "New"), n -> told.add("old=" + n));
                batch.finish();
            }
            assertEquals(java.util.List.of("doc1=2", "doc2=2", "doc3=1", "old=1"), told);
            assertEquals(Set.of("New"), labels(store, "old"));
            assertEquals(Set.of("A", "B"), labels(store, "doc1"));
            GraphStore.IndexCheck check = store.check();
            assertTrue(check.consistent(), check.toString());
            assertEquals(6, check.indexed());
        }
    }

    @Test
    void batchClosedWithoutFinishDropsOnlyWhatWasNotCommitted() {
        try (GraphStore store = open()) {
            java.util.List<String> told = new java.util.ArrayList<>();
            try (GraphSink.Batch batch = store.batch(2)) {
                batch.replace("http://example.org/graph/doc1", graph("a", "A", "b", "B"), n -> told.add("doc1"));
                batch.replace("http://example.org/graph/doc2", graph("c", "C"), n -> told.add("doc2"));
                // A failure here: close() without finish().
            }
            assertEquals(java.util.List.of("doc1"), told);
            assertEquals(Set.of("A", "B"), labels(store, "doc1"));
            assertEquals(Set.of(), labels(store, "doc2"));
            assertTrue(store.check().consistent());
        }
    }

    /** A graph of rdfs:label triples: subject, label, subject, label, … */
    private static org.apache.jena.graph.Graph graph(String... subjectsAndLabels) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (int i = 0; i + 1 < subjectsAndLabels.length; i += 2) {
            g.add(NodeFactory.createURI("http://example.org/" + subjectsAndLabels[i]),
                    NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString(subjectsAndLabels[i + 1]));
        }
        return g;
    }

    @Test
    void defaultGraphTripleIsRefused() throws IOException {
        try (GraphStore store = open()) {
            Path file = nq("dg.nq", "<http://example.org/a> " + LABEL + " \"A\" .");

            StoreException e = assertThrows(StoreException.class, () -> store.load(file));

            assertTrue(e.getMessage().contains("default graph"), e.getMessage());
            assertEquals(0, store.size());
        }
    }
}
