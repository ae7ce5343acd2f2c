package org.stdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

/**
 * Queries cut at the timeout at the same time, on the real text-indexed TDB2 dataset: what they
 * leave behind in the transaction system, through {@link QueryRunner} and through the plain
 * abort path that Fuseki takes.
 */
class QueryRunnerIT {

    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } GRAPH ?i { ?x ?y ?z } }";

    @TempDir
    Path dir;

    GraphStore store(String name) {
        GraphStore store = GraphStore.open(StoreConfiguration.bundled(dir.resolve(name), Duration.ofSeconds(10)));
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 400; i++) {
            g.add(NodeFactory.createURI("http://example.org/s" + i), NodeFactory.createURI("http://example.org/p"),
                    NodeFactory.createLiteralString("value " + i));
        }
        store.replaceGraph("http://example.org/graph", g);
        return store;
    }

    static long openTransactions(GraphStore store) {
        return TDBInternal.getTransactionCoordinator(((DatasetGraphText) store.dataset().asDatasetGraph()).getWrapped()).countActive();
    }

    /** Runs the task on two threads that start together; returns what each threw. */
    static List<Throwable> together(Runnable task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Throwable>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                try {
                    task.run();
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        List<Throwable> thrown = new ArrayList<>();
        for (Future<Throwable> f : runs) {
            thrown.add(f.get());
        }
        pool.shutdown();
        return thrown;
    }

    @Test
    void twoQueriesCutAtTheSameTimeLeaveNoTransactionOpen() throws Exception {
        GraphStore store = store("runner");
        QueryRunner runner = new QueryRunner(store.dataset(), Duration.ofMillis(500));
        List<Throwable> thrown = together(() -> runner.run(QueryFactory.create(RUNAWAY)));
        for (Throwable t : thrown) {
            assertInstanceOf(QueryTimeoutException.class, t);
        }
        assertEquals(0, openTransactions(store));
        store.close();
    }

    /**
     * What {@link QueryRunner} works around, and what Fuseki's /sparql still meets: two read
     * transactions aborted at once (Txn aborts on an exception; Fuseki aborts a query cut at the
     * timeout) leave one counted as open in jena-text 5.6.0. Should this start failing after an
     * upgrade, the workaround in QueryRunner and the forced release in GraphStore.close can go.
     */
    @Test
    void abortingTwoReadTransactionsAtOnceLeavesOneOpenInJenaText() throws Exception {
        GraphStore store = store("aborted");
        together(() -> Txn.executeRead(store.dataset(), () -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("a failure inside a read transaction");
        }));
        assertEquals(1, openTransactions(store), "the jena-text 5.6.0 leak is still there");
        store.close();
        try (GraphStore reopened = GraphStore.open(StoreConfiguration.bundled(dir.resolve("aborted"), Duration.ofSeconds(10)))) {
            assertEquals(400, reopened.size(), "released anyway, and the data is whole");
            assertTrue(reopened.check().consistent());
        }
    }
}
