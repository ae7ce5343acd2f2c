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
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

/**
 * Queries cut at the timeout at the same time, on the real text-indexed TDB2 dataset: through
  * {@link QueryRunner} they leave no transaction open; and a transaction left open (as Fuseki's
 * aborts can leave one) does not keep {@link GraphStore#close} from releasing the database.
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

    /** The leak is a race (it showed in every run of this class alone, not in one run of the whole suite): three rounds. */
    @Test
    void twoQueriesCutAtTheSameTimeLeaveNoTransactionOpen() throws Exception {
        GraphStore store = store("runner");
        QueryRunner runner = new QueryRunner(store.dataset(), Duration.ofMillis(500));
        for (int round = 0; round < 3; round++) {
            List<Throwable> thrown = together(() -> runner.run(QueryFactory.create(RUNAWAY)));
            for (Throwable t : thrown) {
                assertInstanceOf(QueryTimeoutException.class, t);
            }
            assertEquals(0, openTransactions(store), "round " + round);
        }
        store.close();
    }

    /**
     * What Fuseki's /sparql still leaves behind when two queries are cut at once (jena-text 5.6.0,
     * docs/reliability.md section 3): a read transaction counted as open for good. Here one is
     * left open on purpose, by a thread that never ends it; closing must release the database
     * all the same, so that a stop completes and the database opens again.
     */
    @Test
    void closeReleasesTheDatabaseEvenWithAReadTransactionLeftOpen() throws Exception {
        GraphStore store = store("left-open");
        java.util.concurrent.CountDownLatch begun = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            store.dataset().begin(org.apache.jena.query.ReadWrite.READ);
            begun.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reader-left-open");
        reader.start();
        begun.await();
        assertEquals(1, openTransactions(store));
        store.close();
        done.countDown();
        reader.join();
        try (GraphStore reopened = GraphStore.open(StoreConfiguration.bundled(dir.resolve("left-open"), Duration.ofSeconds(10)))) {
            assertEquals(400, reopened.size(), "released, and the data is whole");
            assertTrue(reopened.check().consistent());
        }
    }
}
