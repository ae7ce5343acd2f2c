package org.stdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store keeps its text index in step when a document's graph is replaced or removed. */
class GraphStoreIT {

    static final String GRAPH = "http://localhost:3030/graph/document/d1";
    static final String ENTITY = "http://localhost:3030/id/organisation/x";

    @TempDir
    Path temp;

    @Test
    void replacingAGraphLeavesNoStaleIndexEntries() {
        try (GraphStore store = GraphStore.open(StoreConfiguration.bundled(temp.resolve("db"), Duration.ofSeconds(10)))) {
            store.replaceGraph(GRAPH, labelled("Alphaville Standards Agency"));
            assertEquals(List.of(ENTITY), search(store, "alphaville"));

            store.replaceGraph(GRAPH, labelled("Betatown Standards Agency"));
            assertEquals(List.of(), search(store, "alphaville"), "the old label left the index");
            assertEquals(List.of(ENTITY), search(store, "betatown"));
            assertTrue(store.check().consistent(), () -> "index agrees: " + store.check());

            store.removeGraph(GRAPH);
            assertEquals(List.of(), search(store, "betatown"));
            assertTrue(store.check().consistent(), () -> "index agrees after removal: " + store.check());
        }
    }

    @Test
    void reindexRepairsAnIndexThatDisagrees() {
        try (GraphStore store = GraphStore.open(StoreConfiguration.bundled(temp.resolve("db2"), Duration.ofSeconds(10)))) {
            store.replaceGraph(GRAPH, labelled("Gammaburg Institute"));
            // Write to TDB2 behind the text index's back, as a graph-level drop would.
            DatasetGraphs.withoutIndex(store, GRAPH);
            assertTrue(!store.check().consistent(), "a stale entry is detected");
            store.reindex();
            assertTrue(store.check().consistent(), () -> "consistent after reindex: " + store.check());
            assertEquals(List.of(), search(store, "gammaburg"));
        }
    }

    @Test
    void aReaderThatAbortsLeavesAConcurrentWritersIndexChangesAlone() throws Exception {
        try (GraphStore store = GraphStore.open(StoreConfiguration.bundled(temp.resolve("db3"), Duration.ofSeconds(10)))) {
            org.apache.jena.query.Dataset ds = store.dataset();
            java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch readerDone = new java.util.concurrent.CountDownLatch(1);
            Thread writer = new Thread(() -> Txn.executeWrite(ds, () -> {
                ds.asDatasetGraph().add(NodeFactory.createURI(GRAPH), NodeFactory.createURI(ENTITY), RDFS.label.asNode(),
                        NodeFactory.createLiteralString("Deltaport Standards Office"));
                written.countDown();
                try {
                    readerDone.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            writer.start();
            written.await();
            // A read transaction that ends in abort, as a query cut at its timeout does, while the writer is mid-transaction.
            ds.begin(org.apache.jena.query.ReadWrite.READ);
            ds.abort();
            ds.end();
            readerDone.countDown();
            writer.join();
            assertEquals(List.of(ENTITY), search(store, "deltaport"), "the writer's index entry survived the reader's abort");
            assertTrue(store.check().consistent(), () -> "index agrees: " + store.check());
        }
    }

    @Test
    void readersAbortingAtTheSameTimeLeaveNoTransactionOpen() throws Exception {
        try (GraphStore store = GraphStore.open(StoreConfiguration.bundled(temp.resolve("db4"), Duration.ofSeconds(10)))) {
            store.replaceGraph(GRAPH, labelled("Thetaville Bureau"));
            org.apache.jena.query.Dataset ds = store.dataset();
            int threads = 8;
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(threads);
            List<Thread> readers = new java.util.ArrayList<>();
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            for (int t = 0; t < threads; t++) {
                Thread reader = new Thread(() -> {
                    try {
                        for (int round = 0; round < 200; round++) {
                            together.await(20, java.util.concurrent.TimeUnit.SECONDS);
                            // What Txn does when a query throws inside a read transaction (a timeout, say).
                            ds.begin(org.apache.jena.query.ReadWrite.READ);
                            ds.abort();
                            ds.end();
                        }
                    } catch (Throwable e) {
                        // Recorded, and the barrier broken so that the other readers stop too.
                        failure.compareAndSet(null, e);
                        together.reset();
                    }
                });
                readers.add(reader);
                reader.start();
            }
            for (Thread r : readers) {
                r.join(120_000);
            }
            assertEquals(null, failure.get(), () -> "an abort failed or a reader was left waiting: " + failure.get());
            org.apache.jena.sparql.core.DatasetGraph tdb = ((org.apache.jena.query.text.DatasetGraphText) ds.asDatasetGraph()).getWrapped();
            assertEquals(0, org.apache.jena.tdb2.sys.TDBInternal.getTransactionCoordinator(tdb).countActive(), "transactions left open");
            assertEquals(List.of(ENTITY), search(store, "thetaville"));
        }
    }

    private static Graph labelled(String label) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI(ENTITY), RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
        return g;
    }

    private static List<String> search(GraphStore store, String word) {
        String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?s { ?s text:query (rdfs:label \"" + word + "\") }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(query).build()) {
                List<String> found = new java.util.ArrayList<>();
                exec.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
                return found;
            }
        });
    }
}
