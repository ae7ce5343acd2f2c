package org.stdkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds quads to a TDB2 database inside the caller's write transaction, with the indexes other than the first written
 * on threads of their own: a load's writer thread had been the bottleneck, writing a quad's nodes and all six quad
 * indexes (B+tree inserts, most of its time) one after the other while the second core was half idle.
 *
 * <p>How: this thread allocates the quad's node ids and inserts it into the first index (GSPO), whose answer says
 * whether the quad is new; a new quad goes, in chunks, to the other indexes' threads. A TDB2 transaction belongs to
 * the thread that began it, per component; each B+tree is its own component with its own files, so the transaction's
 * state of an index ({@link TransactionalComponentLifecycle#getComponentState}) is handed to the one thread writing it
 * and taken back before the transaction ends: commit and abort then see every change, on the thread that began it, as
 * TDB2 expects. TDB2's own parallel loader writes each index on a thread too, but in a transaction per index, outside
 * the database's transaction: a failed load there leaves a database to throw away; here it aborts as any write.
 *
 * <p>Reads while indexes are being written by other threads would race with them: {@link #flush} first, as the
 * store does before a read through TDB2 in the same transaction. {@link #hasGraph} reads only the first index and
 * needs no flush.
 *
 * <p>Not thread-safe: used by the one thread holding the write transaction, between {@link #begin} and {@link #close}.
 */
final class QuadIndexWriter implements AutoCloseable {

    /** Quads per hand-over: fewer hand-overs, and a chunk is small beside a transaction. */
    private static final int CHUNK = 8192;
    /** Chunks a thread may have waiting: bounds the memory (about 1 MB a chunk) when this thread runs ahead. */
    private static final int QUEUED_CHUNKS = 16;

    private final DatasetGraph tdb;
    private final int threads;
    private NodeTable nodes;
    private TupleIndexRecord first;
    private RangeIndex firstTree;
    private List<IndexThread> workers = List.of();
    private List<Tuple<NodeId>> chunk = new ArrayList<>(CHUNK);

    private QuadIndexWriter(DatasetGraph tdb, int threads) {
        this.tdb = tdb;
        this.threads = threads;
    }

    /**
     * A writer for a TDB2 dataset with {@code threads} threads for its secondary indexes, or null when the dataset is
     * not TDB2 (or its indexes are not the B+trees this knows how to share) or {@code threads} is below 1.
     */
    static QuadIndexWriter of(DatasetGraph tdb, int threads) {
        if (threads < 1 || !TDBInternal.isTDB2(tdb)) {
            return null;
        }
        return new QuadIndexWriter(tdb, threads);
    }

    /**
     * Starts the index threads on the write transaction this thread has just begun. The database behind the dataset is
     * looked up again each time: a compaction switches it.
     *
     * @return false when this database's indexes cannot be shared (the caller writes through TDB2 as usual)
     */
    boolean begin() {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        TupleIndex[] indexes = storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        for (TupleIndex index : indexes) {
            if (!(index instanceof TupleIndexRecord record)
                    || !(record.getRangeIndex() instanceof TransactionalComponentLifecycle<?>)) {
                return false;
            }
        }
        // hasGraph reads the first index by graph: TDB2's default first index, GSPO.
        if (indexes.length < 2 || !indexes[0].getName().startsWith("G")) {
            return false;
        }
        nodes = storage.getQuadTable().getNodeTupleTable().getNodeTable();
        first = (TupleIndexRecord) indexes[0];
        firstTree = first.getRangeIndex();
        List<List<TupleIndexRecord>> assigned = new ArrayList<>();
        for (int i = 0; i < Math.min(threads, indexes.length - 1); i++) {
            assigned.add(new ArrayList<>());
        }
        for (int i = 1; i < indexes.length; i++) {
            assigned.get((i - 1) % assigned.size()).add((TupleIndexRecord) indexes[i]);
        }
        List<IndexThread> started = new ArrayList<>();
        for (List<TupleIndexRecord> share : assigned) {
            started.add(new IndexThread(share));
        }
        workers = started;
        return true;
    }

    /** Adds a quad unless present (the first index's insert says which: a repeat goes no further). */
    void add(Node g, Node s, Node p, Node o) {
        Tuple<NodeId> quad = TupleFactory.create4(nodes.getAllocateNodeId(g), nodes.getAllocateNodeId(s),
                nodes.getAllocateNodeId(p), nodes.getAllocateNodeId(o));
        Record record = TupleLib.record(firstTree.getRecordFactory(), quad, first.getMapping());
        if (!firstTree.insert(record)) {
            return;
        }
        chunk.add(quad);
        if (chunk.size() >= CHUNK) {
            handOver();
        }
    }

    /** Whether a graph has any quad, from the first index: needs no {@link #flush}. */
    boolean hasGraph(Node g) {
        NodeId id = nodes.getNodeIdForNode(g);
        if (NodeId.isDoesNotExist(id)) {
            return false;
        }
        var it = first.find(TupleFactory.create4(id, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny));
        try {
            return it.hasNext();
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private void handOver() {
        if (chunk.isEmpty()) {
            return;
        }
        List<Tuple<NodeId>> full = chunk;
        chunk = new ArrayList<>(CHUNK);
        for (IndexThread worker : workers) {
            worker.submit(() -> worker.write(full));
        }
    }

    /** Waits until every quad added is in every index; reports the first failure of an index thread. */
    void flush() {
        handOver();
        for (IndexThread worker : workers) {
            worker.await();
        }
        for (IndexThread worker : workers) {
            worker.rethrow();
        }
    }

    /**
     * Stops the index threads and takes the transaction back from them: before the transaction commits (after
     * {@link #flush}) or aborts (quads not yet written are dropped with it). Failures are reported by {@link #flush},
     * not here. {@link #begin} starts them again for the next transaction.
     */
    @Override
    public void close() {
        chunk.clear();
        for (IndexThread worker : workers) {
            worker.stop();
        }
        workers = List.of();
    }

    /** One thread writing some indexes, in the transaction of the thread that handed them over. */
    private static final class IndexThread {
        private static final Runnable STOP = () -> { };
        private final List<TupleIndexRecord> indexes;
        private final BlockingQueue<Runnable> tasks = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        private final Thread thread;
        private volatile Throwable failure;

        IndexThread(List<TupleIndexRecord> indexes) {
            this.indexes = indexes;
            List<Runnable> attach = new ArrayList<>();
            List<Runnable> detach = new ArrayList<>();
            for (TupleIndexRecord index : indexes) {
                share((TransactionalComponentLifecycle<?>) index.getRangeIndex(), attach, detach);
            }
            this.thread = new Thread(() -> run(attach, detach), "stdkg-index-" + names(indexes));
            thread.setDaemon(true);
            thread.start();
        }

        private static String names(List<TupleIndexRecord> indexes) {
            return String.join("-", indexes.stream().map(TupleIndex::getName).toList());
        }

        /** On the transaction's thread: what the index thread does to take the component's state, and to drop it. */
        private static <X> void share(TransactionalComponentLifecycle<X> component, List<Runnable> attach, List<Runnable> detach) {
            ComponentState<X> transaction = component.getComponentState();
            @SuppressWarnings("unchecked")
            ComponentState<X>[] own = new ComponentState[1];
            attach.add(() -> {
                own[0] = component.getComponentState();
                component.setComponentState(transaction);
            });
            detach.add(() -> component.setComponentState(own[0]));
        }

        private void run(List<Runnable> attach, List<Runnable> detach) {
            attach.forEach(Runnable::run);
            try {
                for (;;) {
                    Runnable task = tasks.take();
                    if (task == STOP) {
                        return;
                    }
                    task.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                detach.forEach(Runnable::run);
            }
        }

        void write(List<Tuple<NodeId>> quads) {
            if (failure != null) {
                return;
            }
            try {
                // Index by index: each index's blocks stay in the caches while its share of the chunk goes in. (Sorting
                // each share in the index's order first measured no faster, and left the G-first indexes 20 % larger.)
                for (TupleIndexRecord index : indexes) {
                    for (Tuple<NodeId> quad : quads) {
                        index.add(quad);
                    }
                }
            } catch (Throwable e) {
                failure = e;
            }
        }

        void submit(Runnable task) {
            try {
                tasks.put(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while writing the indexes", e);
            }
        }

        void await() {
            CountDownLatch done = new CountDownLatch(1);
            submit(done::countDown);
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while writing the indexes", e);
            }
        }

        void rethrow() {
            Throwable e = failure;
            if (e instanceof InternalError internal) {
                throw internal;
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e != null) {
                throw new StoreException("cannot write the index (" + e + ")", e);
            }
        }

        void stop() {
            tasks.clear();
            submit(STOP);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
