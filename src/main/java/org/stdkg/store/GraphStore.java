package org.stdkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;

/**
 * The knowledge graph store: a TDB2 database with its jena-text Lucene index, assembled from
 * {@code fuseki-config.ttl}. The only code that touches TDB2; every access is inside a
 * transaction.
 *
 * <p>Each source document has its own named graph. {@link #replaceGraph} swaps one graph in one
 * write transaction, so a reader sees a document's old or new graph, never half of one, and a
 * build killed at any moment leaves the previous database usable. The text index is updated
 * through the same transaction: every quad is deleted one by one through the text dataset,
 * which is what keeps jena-text in step (a graph-level drop would not, see apache/jena#1985),
 * and every new quad is handed to jena-text's document producer as it is added. The graph
 * {@code kg:merged} ({@link MergedGraph}), every statement about an entity once, is kept in step in
 * the same transaction.
 *
 * <p>Thread-safe as TDB2 is (MRSW transactions); open once per database per JVM. Opening or
 * wrapping a dataset replaces jena-text's transaction component by {@link TextIndexComponent},
 * so that a reader's abort cannot undo a concurrent writer's index changes, and loading the class
 * makes the text analyzer safe for concurrent first use ({@link TextAnalyzers}).
 */
public final class GraphStore implements GraphSink, AutoCloseable {

    static {
        TextAnalyzers.install();
    }

    private final Dataset dataset;
    private final DatasetGraphText text;
    private final StoreConfiguration configuration;

    /** Whether the database held no quad when this store opened it (see {@link #compactIfGrown}). */
    private final boolean emptyAtOpen;

    /** The text index's part in TDB2's transactions; null when the dataset is not TDB2. */
    private final TextIndexComponent indexComponent;

    /** Whether this store has found (or made) the text index consistent with the data: see {@link #repairIndex}. */
    private volatile boolean indexVerified;

    /** Whether this store has found (or made) {@code kg:merged} in step with the other graphs: see {@link #syncMergedGraph}. */
    private volatile boolean mergedInStep;

    /** Whether writes that do not come through this store may happen: see {@link #expectOutsideWrites}. */
    private volatile boolean outsideWrites;

    private GraphStore(Dataset dataset, StoreConfiguration configuration) {
        this.dataset = dataset;
        this.configuration = configuration;
        this.text = textDataset(dataset.asDatasetGraph());
        this.indexComponent = TextIndexComponent.install(text.getWrapped(), text.getTextIndex());
        this.emptyAtOpen = Txn.calculateRead(dataset, () -> {
            Iterator<Quad> it = text.getWrapped().find();
            try {
                return !it.hasNext();
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        });
    }

    /** The jena-text dataset inside whatever wrappers a server put around it. */
    private static DatasetGraphText textDataset(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (!(d instanceof DatasetGraphText) && d instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        if (!(d instanceof DatasetGraphText t)) {
            throw new StoreException("fuseki-config.ttl does not describe a text dataset");
        }
        return t;
    }

    /** A store over a dataset that a server has already assembled from the same configuration. */
    public static GraphStore wrap(Dataset dataset, StoreConfiguration configuration) {
        return new GraphStore(dataset, configuration);
    }

    /** Opens (creating if needed) the database the configuration points at. */
    public static GraphStore open(StoreConfiguration configuration) {
        try {
            java.nio.file.Files.createDirectories(configuration.database());
        } catch (java.io.IOException e) {
            throw new StoreException(configuration.database() + ": cannot create database directory (" + e.getMessage() + ")", e);
        }
        Dataset dataset;
        try {
            // assemble(Resource): assemble(Model, Resource) would make a new blank node typed with the resource.
            dataset = DatasetFactory.assemble(configuration.datasetResource());
        } catch (RuntimeException e) {
            throw new StoreException(configuration.database() + ": cannot open database (" + StoreException.rootMessage(e) + ")", e);
        }
        return new GraphStore(dataset, configuration);
    }

    /** The text-indexed dataset, for query engines and servers. */
    public Dataset dataset() {
        return dataset;
    }

    public StoreConfiguration configuration() {
        return configuration;
    }

    /**
     * Replaces a named graph by new content in one write transaction, updating the text index and
     * {@code kg:merged} ({@link MergedGraph}), which is refused as a graph to write.
     *
     * @return the number of triples now in the graph
     */
    @Override
    public long replaceGraph(String graphIri, Graph content) {
        Node g = NodeFactory.createURI(graphIri);
        try {
            refuseDerived(g);
            return Txn.calculateWrite(dataset, () -> {
                List<Triple> copied = MergedGraph.copiedFrom(text.getWrapped(), g);
                dataset.asDatasetGraph().deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                long n = addToEmptiedGraph(g, content);
                MergedGraph.removeUnstated(text.getWrapped(), copied);
                return n;
            });
        } catch (RuntimeException | InternalError e) {
            throw writeFailure(e);
        }
    }

    /**
     * A failed write as one line naming the database and the cause. The transaction has been
     * aborted by then (Txn aborts on any throwable), so what was committed before is unchanged.
     *
     * <p>TDB2 writes its indexes through memory-mapped files: when the disk fills up, the kernel
     * answers a write to a mapped page that has no block behind it with SIGBUS, which the JVM
     * turns into an {@link InternalError} ("a fault occurred in an unsafe memory access
     * operation"), not an IOException. That error is caught here, and only here, because it is the
     * way a full disk shows; the free space is measured so that the message can say so.
     */
    private StoreException writeFailure(Throwable e) {
        if (e instanceof StoreException s) {
            return s;
        }
        String why = e instanceof InternalError ? "a write to a memory-mapped database file failed" : StoreException.rootMessage(e);
        String free = freeSpace();
        return new StoreException(configuration.database() + ": cannot write to the database (" + why + ")" + free
                + "; what was committed before is kept", e);
    }

    /** ", 12 KB free on its disk" when the disk holding the database is (nearly) full, else "". */
    private String freeSpace() {
        try {
            java.nio.file.FileStore fs = java.nio.file.Files.getFileStore(configuration.database());
            long free = fs.getUsableSpace();
            // A write can fail with a few MB left (TDB2 grows its files 8 MB at a time).
            if (free < 16L * 1024 * 1024 || free < fs.getTotalSpace() / 100) {
                return ": the disk is full (" + free / 1024 + " KB free)";
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // No figure: the message says what failed without it.
        }
        return "";
    }

    /**
     * Adds a graph's triples to a named graph that this write transaction has just emptied
     * through the text dataset: each triple goes straight into TDB2 and is handed to the text
     * index's document producer, as jena-text's own add would do. What this skips is the
     * existence check jena-text makes before every add (so that a quad already present is not
     * indexed twice): here no triple can be present, the graph having been emptied and
     * {@code content} being a set. That check was about 15% of the CPU time of a load.
     *
     * @return the number of triples added
     */
    private long addToEmptiedGraph(Node g, Graph content) {
        DatasetGraph tdb = text.getWrapped();
        org.apache.jena.query.text.changes.TextDatasetChanges index = text.getMonitor();
        long n = 0;
        Iterator<Triple> it = content.find();
        while (it.hasNext()) {
            Triple t = it.next();
            tdb.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            if (MergedGraph.copies(g, t.getSubject())) {
                MergedGraph.add(tdb, t.getSubject(), t.getPredicate(), t.getObject());
            }
            index.change(org.apache.jena.query.text.changes.TextQuadAction.ADD, g, t.getSubject(), t.getPredicate(), t.getObject());
            n++;
        }
        return n;
    }

    /**
     * How many quads a load writes in one transaction, at least: whole graphs are added to a
     * transaction until it holds this many, then it commits. TDB2 is copy-on-write per
     * transaction: every transaction copies the B+tree blocks it touches, and with six quad
     * indexes written in random order it touches most of them. On 1.65 million quads, 100,000 per
     * transaction left a 1.1 GB database and cost 64 s of CPU; 500,000, 712 MB and 51 s; one
     * transaction, 582 MB (what tdb2.tdbloader writes) and 53 s. TDB2 keeps a transaction's
     * changes on disk, not in memory, so a large one costs no heap; a load killed midway loses at
     * most the one open transaction (whole graphs).
     */
    static final long LOAD_BATCH_QUADS = 1_000_000;

    /**
     * Threads writing TDB2's five secondary quad indexes during a load or build ({@link QuadIndexWriter}), beside the
     * loading thread's first index. On 2 cores, 1.6 million quads (bench/store.sh, three runs each): 26.7-29.4 s,
     * against 31.1-32.5 s with every index written on the loading thread, and 21.9-22.5 s for tdb2.tdbloader.
     */
    static final int INDEX_THREADS = 2;

    /** The system property that sets {@link #BUILD_BATCH_QUADS}. */
    static final String BATCH_PROPERTY = "stdkg.buildBatchQuads";

    /**
     * How many quads {@code build} writes in one transaction, at least (whole documents): all of
     * them, one transaction per build. A transaction per document copied, each time, the B+tree
     * blocks its few hundred quads touched in six indexes: storing a 1 MB corpus (504 documents,
     * 311,614 triples) left a 1.1 GB database; 30,000 quads per transaction, 182 MB; one
     * transaction, 110 MB, what compacting either gives, for the same CPU time. 1,000,000 quads per
     * transaction still left copies that grew with the database: 116 MB of database per MB of text
     * at 1 MB, 144 at 10 MB (4 transactions), 162 at 20 MB (7). A build stores its documents once
     * all are extracted, so a build killed midway loses its extraction whatever the batch: frequent
     * commits bought nothing. TDB2 keeps a transaction's changes in its files, not in memory. The
     * system property {@value #BATCH_PROPERTY} sets another number (tests that kill a build between
     * two commits).
     */
    static final long BUILD_BATCH_QUADS = Long.getLong(BATCH_PROPERTY, Long.MAX_VALUE);

    /**
     * Graphs committed together, whole, in one write transaction unless {@value #BATCH_PROPERTY}
     * says otherwise ({@link GraphSink#batch}). Not thread-safe: one writer at a time, as TDB2 allows.
     */
    @Override
    public GraphSink.Batch batch() {
        return batch(BUILD_BATCH_QUADS);
    }

    /** {@link #batch()} with another number of quads per transaction (tests, benchmarks). */
    GraphSink.Batch batch(long batchQuads) {
        Loader loader = new Loader(batchQuads, INDEX_THREADS);
        return new GraphSink.Batch() {
            // A full disk shows as an InternalError from a memory-mapped write, or, when Lucene meets it first at
            // the commit, as jena-text's TextIndexException("prepareCommit"): one line naming the database and the
            // cause, as load() says it (the batch's close drops the open transaction).
            @Override
            public void replace(String graphIri, Graph content, java.util.function.LongConsumer stored) {
                try {
                    loader.replace(NodeFactory.createURI(graphIri), content, stored);
                } catch (RuntimeException | InternalError e) {
                    throw writeFailure(e);
                }
            }

            @Override
            public void finish() {
                try {
                    loader.finish();
                } catch (RuntimeException | InternalError e) {
                    throw writeFailure(e);
                }
            }

            @Override
            public void close() {
                loader.close();
            }
        };
    }

    /**
     * Loads RDF quads (N-Quads or TriG) graph by graph: each graph of the input replaces the graph
     * of that name (a graph that comes back later in the input is added to, not replaced again).
     * Whole graphs are committed together, about {@value #LOAD_BATCH_QUADS} quads per write
     * transaction; a graph is never split across transactions, so a reader, or a load killed
     * midway, sees each graph as it was before or as it is in the input, never half of it.
     * Default-graph triples are refused: every stdkg fact lives in a named graph. Quads of {@code kg:merged} are
     * ignored: it is made from the other graphs ({@link MergedGraph}), here as they are loaded.
     *
     * <p>Five threads share the work, all inside the same write transaction: the parser reads ahead
     * on one; this thread writes the quads' nodes and TDB2's first index (GSPO); two more write the
     * other five indexes ({@link QuadIndexWriter}); and one adds their text-index documents to Lucene.
     * The transaction commits once the index threads and the Lucene side have caught up.
     *
     * @return the number of graphs loaded and of quads read
     */
    public long[] load(java.nio.file.Path file) {
        return load(file, LOAD_BATCH_QUADS);
    }

    /** {@link #load(java.nio.file.Path)} with another number of quads per transaction (tests). */
    long[] load(java.nio.file.Path file, long batchQuads) {
        return load(file, batchQuads, INDEX_THREADS);
    }

    /** {@link #load(java.nio.file.Path, long)} with another number of threads writing the secondary indexes (tests). */
    long[] load(java.nio.file.Path file, long batchQuads, int indexThreads) {
        Loader loader = new Loader(batchQuads, indexThreads);
        org.apache.jena.riot.system.StreamRDF sink = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (quad.isDefaultGraph()) {
                    throw new StoreException(file + ": a triple in the default graph; stdkg loads named graphs only");
                }
                loader.add(quad);
            }

            @Override
            public void triple(Triple triple) {
                throw new StoreException(file + ": a triple in the default graph; stdkg loads named graphs only");
            }
        };
        try (loader) {
            // Parsed on a thread of its own, so that parsing (a fifth of the work) overlaps the writes.
            org.apache.jena.riot.system.AsyncParser.of(org.apache.jena.riot.RDFParser.source(file)).setDaemonMode(true)
                    .asyncParseSources(sink);
            loader.finish();
        } catch (org.apache.jena.riot.RiotException e) {
            throw new StoreException(file + ": not valid RDF (" + e.getMessage() + ")", e);
        } catch (RuntimeException | InternalError e) {
            throw writeFailure(e);
        }
        return loader.counts();
    }

    /**
     * One load: quads arrive grouped by graph; a graph seen for the first time is emptied first
     * (through the text dataset, so its old index entries go too) and its quads go straight into
     * TDB2, their text-index documents to the {@link TextIndexer}; at a graph boundary, once the
     * transaction holds enough quads, it commits. Closing it drops an uncommitted transaction.
     */
    private final class Loader implements AutoCloseable {
        private final long batchQuads;
        private final java.util.Set<Node> seen = new HashSet<>();
        /** The indexed triples of the current run of a graph: an input that repeats one must not index it twice. */
        private final java.util.Set<Triple> indexedInRun = new HashSet<>();
        private final TextIndexer indexer = TextIndexer.of(text);
        /** Writes TDB2's secondary indexes on threads of their own (null: not TDB2, or turned off). */
        private final QuadIndexWriter writer;
        /** Whether {@link #writer} writes the open transaction's quads (its indexes shared with its threads). */
        private boolean parallel;
        /** What {@code kg:merged} held for the graphs replaced since the last graph boundary: checked at the next one. */
        private final List<Triple> copied = new ArrayList<>();
        /** What to tell once the open transaction commits. */
        private final List<Runnable> onCommit = new ArrayList<>();
        private Node current;
        private boolean replacing;
        private long inTransaction;
        private long graphs;
        private long quads;

        Loader(long batchQuads, int indexThreads) {
            this.batchQuads = batchQuads;
            this.writer = QuadIndexWriter.of(text.getWrapped(), indexThreads);
        }

        void add(Quad quad) {
            Node g = quad.getGraph();
            if (MergedGraph.NAME.equals(g)) {
                // Derived from the other graphs (an export of another store may carry it): made again from them here.
                return;
            }
            if (!g.equals(current)) {
                startGraph(g);
            }
            Node s = quad.getSubject();
            Node p = quad.getPredicate();
            Node o = quad.getObject();
            if (!replacing) {
                // Added to: a triple may already be there, so through jena-text's checked add.
                dataset.asDatasetGraph().add(g, s, p, o);
            } else {
                if (parallel) {
                    writer.add(g, s, p, o);
                } else {
                    text.getWrapped().add(g, s, p, o);
                }
                if (indexer.indexes(p) && indexedInRun.add(Triple.create(s, p, o))) {
                    indexer.add(g, s, p, o);
                }
            }
            if (MergedGraph.copies(g, s)) {
                if (parallel && replacing) {
                    writer.add(MergedGraph.NAME, s, p, o);
                } else {
                    MergedGraph.add(text.getWrapped(), s, p, o);
                }
            }
            quads++;
            inTransaction++;
        }

        /** Replaces a graph by the triples of another (in the open transaction). */
        void replace(Node g, Graph content, java.util.function.LongConsumer stored) {
            seen.remove(g);
            startGraph(g);
            long before = quads;
            content.find().forEachRemaining(t -> add(Quad.create(g, t)));
            long n = quads - before;
            onCommit.add(() -> stored.accept(n));
        }

        private void startGraph(Node g) {
            endGraph();
            if (inTransaction >= batchQuads) {
                commit();
            }
            if (!dataset.isInTransaction()) {
                dataset.begin(org.apache.jena.query.ReadWrite.WRITE);
                parallel = writer != null && writer.begin();
            }
            current = g;
            indexedInRun.clear();
            replacing = seen.add(g);
            if (replacing) {
                // A graph new to the database (the first index says so without waiting for the others) has nothing to remove.
                if (!parallel || writer.hasGraph(g)) {
                    flush();
                    copied.addAll(MergedGraph.copiedFrom(text.getWrapped(), g));
                    dataset.asDatasetGraph().deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                }
                graphs++;
            } else {
                // Added to through TDB2's own writes (which read first): every index must be written up to here.
                flush();
            }
        }

        /** Before a read through TDB2 in the open transaction: every quad added is in every index. */
        private void flush() {
            if (parallel) {
                writer.flush();
            }
        }

        private void commit() {
            if (dataset.isInTransaction()) {
                indexer.await();
                if (parallel) {
                    flush();
                    writer.close();
                    parallel = false;
                }
                GraphStore.this.commit();
            }
            inTransaction = 0;
            List<Runnable> committed = List.copyOf(onCommit);
            onCommit.clear();
            committed.forEach(Runnable::run);
        }

        /** The graph just written is complete: what it no longer says leaves {@code kg:merged} unless another graph says it. */
        private void endGraph() {
            if (!copied.isEmpty()) {
                flush();
                MergedGraph.removeUnstated(text.getWrapped(), copied);
                copied.clear();
            }
        }

        void finish() {
            if (dataset.isInTransaction()) {
                endGraph();
            }
            commit();
        }

        long[] counts() {
            return new long[] {graphs, quads};
        }

        /** Bad input or a failure midway: the open transaction (whole graphs only) is dropped. */
        @Override
        public void close() {
            onCommit.clear();
            copied.clear();
            try {
                indexer.close();
            } finally {
                // The index threads give the transaction back before it aborts, whatever the Lucene side did.
                try {
                    if (writer != null) {
                        writer.close();
                    }
                    parallel = false;
                } finally {
                    if (dataset.isInTransaction()) {
                        dataset.abort();
                        dataset.end();
                    }
                }
            }
        }
    }

    private void commit() {
        dataset.commit();
        dataset.end();
    }

    /**
     * Brings {@code kg:merged} ({@link MergedGraph}) in step with the other graphs when it may not be: in a database
     * written by a version of stdkg that did not keep it, or by another tool (tdb2.tdbloader, a server's SPARQL Update).
     * Skipped when neither has happened since it was last in step: the state of the storage ({@link #storageState})
     * is then the one recorded in {@value #MERGED_FILE}, refreshed when a store that had it in step closes with every
     * write finished. Otherwise one pass over the store in a write transaction: on 3.4 million quads (10 MB of text),
     * adding the whole graph to a database that had none took 26 s.
     *
     * @return what was compared and mended; {@link MergedCheck#compared()} false when skipped
     */
    public MergedCheck syncMergedGraph() {
        if (stateRecordedIn(MERGED_FILE)) {
            mergedInStep = true;
            return new MergedCheck(0, 0, false);
        }
        return resyncMergedGraph();
    }

    /** {@link #syncMergedGraph()} in full, whatever the record says ({@code stdkg reindex}). */
    public MergedCheck resyncMergedGraph() {
        boolean indexWasVerified = stateRecordedIn(VERIFIED_FILE);
        MergedCheck sync;
        try {
            sync = Txn.calculateWrite(dataset, () -> MergedGraph.sync(text.getWrapped(), true));
        } catch (RuntimeException | InternalError e) {
            throw writeFailure(e);
        }
        mergedInStep = true;
        recordState(MERGED_FILE);
        if (indexWasVerified) {
            // kg:merged is not indexed and its writes bypass the index: an index that agreed with the data still does,
            // and is not compared in full at the next check because of them (153 s on 100 MB of text).
            recordIndexVerified();
        }
        return sync;
    }

    /** Compares {@code kg:merged} with the other graphs, in full, changing nothing ({@code stdkg check}). */
    public MergedCheck checkMergedGraph() {
        return Txn.calculateRead(dataset, () -> MergedGraph.sync(text.getWrapped(), false));
    }

    /**
     * Says that the dataset may be written other than through this store, as a server accepting SPARQL Update writes
     * it: such writes keep the text index in step (they go through jena-text) but not {@code kg:merged}, so this store
     * no longer records it as in step when it closes, and the next open brings it in step.
     */
    public void expectOutsideWrites() {
        outsideWrites = true;
    }

    /** The file, beside TDB2's generations, holding the state of the storage when {@code kg:merged} was last in step. */
    static final String MERGED_FILE = "stdkg-merged-in-step";

    /**
     * How {@code kg:merged} compared with the other graphs.
     *
     * @param missing statements of other graphs it lacked
     * @param stale statements it held that no other graph makes
     * @param compared false when nothing was compared, nothing having changed since it was last in step
     */
    public record MergedCheck(long missing, long stale, boolean compared) {

        public boolean consistent() {
            return missing == 0 && stale == 0;
        }
    }

    /** Removes a named graph and its index entries. */
    public void removeGraph(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        try {
            refuseDerived(g);
            Txn.executeWrite(dataset, () -> {
                List<Triple> copied = MergedGraph.copiedFrom(text.getWrapped(), g);
                dataset.asDatasetGraph().deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                MergedGraph.removeUnstated(text.getWrapped(), copied);
            });
        } catch (RuntimeException | InternalError e) {
            throw writeFailure(e);
        }
    }

    /** {@code kg:merged} is made from the other graphs, never written as such. */
    private void refuseDerived(Node g) {
        if (MergedGraph.NAME.equals(g)) {
            throw new StoreException(g.getURI() + ": derived from the other graphs, not written directly");
        }
    }

    /** The names of the named graphs whose IRI starts with a prefix. */
    public List<String> graphs(String prefix) {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(prefix)) {
                    names.add(n.getURI());
                }
            });
            names.sort(null);
            return names;
        });
    }

    /**
     * Whether any named graph's IRI starts with a prefix. Stops at the first such graph: listing
     * and sorting every graph name, as {@link #graphs} does, costs a server's startup in proportion
     * to the number of documents.
     */
    public boolean hasGraph(String prefix) {
        return Txn.calculateRead(dataset, () -> {
            Iterator<Node> it = dataset.asDatasetGraph().listGraphNodes();
            try {
                while (it.hasNext()) {
                    Node n = it.next();
                    if (n.isURI() && n.getURI().startsWith(prefix)) {
                        return true;
                    }
                }
                return false;
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        });
    }

    /**
     * Hands every named graph but the derived {@code kg:merged}, in the order of their names, to a consumer, all in one read
     * transaction: a consistent snapshot, read graph by graph as the consumer asks (the store never
     * has to fit in memory). The graphs are valid only during the call.
     */
    public void forEachGraph(java.util.function.BiConsumer<String, Graph> consumer) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Node> names = new ArrayList<>(statedGraphs(dsg));
            names.removeIf(n -> !n.isURI());
            names.sort(java.util.Comparator.comparing(Node::getURI));
            for (Node g : names) {
                consumer.accept(g.getURI(), dsg.getGraph(g));
            }
        });
    }

    /** The number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            Iterator<Quad> it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /**
     * Writes every named graph but the derived {@code kg:merged} to a stream, in one read transaction (a consistent
     * snapshot), as N-Quads or TriG.
     */
    public void export(java.io.OutputStream out, org.apache.jena.riot.Lang lang) {
        Txn.executeRead(dataset, () -> {
            if (org.apache.jena.riot.RDFLanguages.sameLang(lang, org.apache.jena.riot.Lang.NQUADS)) {
                // Streamed quad by quad: a large store never has to fit in memory.
                org.apache.jena.riot.system.StreamRDF stream = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out,
                        org.apache.jena.riot.RDFFormat.NQUADS);
                stream.start();
                // Graph by graph: TDB2's find() over every quad follows an index that does not
                // start with the graph, so quads of a graph came scattered over the file, and a
                // load of it could not replace graphs whole (a 1 MB corpus: 15,382 runs of its
                // 505 graphs; loading it cost 31 CPU s instead of 24).
                DatasetGraph dsg = dataset.asDatasetGraph();
                dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
                for (Node g : statedGraphs(dsg)) {
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
                }
                stream.finish();
            } else {
                org.apache.jena.riot.RDFDataMgr.write(out, new org.apache.jena.sparql.core.DatasetGraphFilteredView(dataset.asDatasetGraph(),
                        q -> !MergedGraph.NAME.equals(q.getGraph()), statedGraphs(dataset.asDatasetGraph())), lang);
            }
        });
    }

    /** The named graphs as stated, all but the derived {@code kg:merged} (which a load makes again from them); in a transaction. */
    private static List<Node> statedGraphs(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> {
            if (!MergedGraph.NAME.equals(n)) {
                names.add(n);
            }
        });
        return names;
    }

    /** Compares the text index with the data: the indexed quads the data implies against the index's entries. */
    public IndexCheck check() {
        Set<String> expected = Txn.calculateRead(dataset, this::expectedIndexIds);
        TextIndex index = text.getTextIndex();
        if (!(index instanceof TextIndexLucene lucene)) {
            throw new StoreException("only Lucene text indexes can be checked");
        }
        String uidField = index.getDocDef().getUidField();
        Set<String> actual = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(lucene.getDirectory())) {
            org.apache.lucene.index.StoredFields stored = reader.storedFields();
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                String uid = stored.document(i, Set.of(uidField)).get(uidField);
                if (uid != null) {
                    actual.add(uid);
                }
            }
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(actual);
            Set<String> stale = new HashSet<>(actual);
            stale.removeAll(expected);
            return new IndexCheck(expected.size(), actual.size(), missing.size(), stale.size());
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return new IndexCheck(expected.size(), 0, expected.size(), 0);
        } catch (java.io.IOException e) {
            throw new StoreException(configuration.database() + ": cannot read text index (" + e.getMessage() + ")", e);
        }
    }

    /** Rebuilds the text index from the data. */
    public long reindex() {
        TextIndex index = text.getTextIndex();
        if (!(index instanceof TextIndexLucene lucene)) {
            throw new StoreException("only Lucene text indexes can be rebuilt");
        }
        EntityDefinition def = index.getDocDef();
        try {
            long entries = rebuild(lucene, def);
            // Made from the data: consistent, recorded as such when this store closes.
            indexVerified = true;
            return entries;
        } catch (RuntimeException | InternalError e) {
            throw writeFailure(e);
        }
    }

    /**
     * Checks the text index against the data and rebuilds it when they disagree: a process killed
     * between the commit of TDB2 and that of the Lucene index (jena-text commits them one after
     * the other) leaves an index that misses what the last transaction added or removed. The
     * check is one pass over the indexed literals and the index entries, held in memory: a second
     * on a 1 MB corpus, 237 CPU s and 10 GB on 100 MB, which every build or load paid again,
     * however small. So it is skipped when neither the data nor the index has changed since they
     * were last found to agree ({@value #VERIFIED_FILE}: TDB2's generation and written bytes and
     * Lucene's commit generation, refreshed when a store that verified the index closes with every
     * write transaction finished). A process killed midway, a failed commit, or a write by another
     * tool changes that state without refreshing it, and the next open checks in full.
     *
     * @return the check made before any repair: {@link IndexCheck#consistent()} false means it was rebuilt
     */
    public IndexCheck repairIndex() {
        if (stateRecordedIn(VERIFIED_FILE)) {
            indexVerified = true;
            return IndexCheck.unchangedSinceVerified();
        }
        IndexCheck check = check();
        if (!check.consistent()) {
            reindex();
        }
        indexVerified = true;
        recordIndexVerified();
        return check;
    }

    /**
     * The file, beside TDB2's generations, holding the state of the data and the text index when they were last known
     * to agree ({@link #storageState}): written after a check or repair, and when a store that had verified the index
     * closes with every write finished.
     */
    static final String VERIFIED_FILE = "stdkg-index-verified";

    /**
     * What changes whenever the data or the text index is written, by stdkg or any other tool: TDB2's current
     * generation and the bytes its B+trees and node table have written (TDB2 never overwrites a committed block, so
     * every write transaction adds blocks: {@link StorageSize}), and the generation of the Lucene index's last commit.
     * Null when either is not there to read (not TDB2, not Lucene, no index yet).
     */
    private String storageState() {
        java.nio.file.Path container = container();
        if (container == null || !(text.getTextIndex() instanceof TextIndexLucene lucene)) {
            return null;
        }
        DatasetGraph tdb = text.getWrapped();
        java.nio.file.Path generation = org.apache.jena.tdb2.sys.DatabaseOps.findStorageLocation(container);
        long bytes = Txn.calculateRead(tdb, () -> StorageSize.of(tdb));
        try {
            long commit = org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(lucene.getDirectory());
            return (generation == null ? "-" : generation.getFileName()) + " " + bytes + " " + commit;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The TDB2 database directory that holds the generations; null when the dataset is not a TDB2 database on disk. */
    private java.nio.file.Path container() {
        DatasetGraph tdb = text.getWrapped();
        if (tdb instanceof org.apache.jena.tdb2.store.DatasetGraphSwitchable switchable && switchable.hasContainerPath()) {
            return switchable.getContainerPath();
        }
        return null;
    }

    /** Whether the storage is in the state a record file holds (nothing written since it was recorded). */
    private boolean stateRecordedIn(String file) {
        java.nio.file.Path container = container();
        String state = storageState();
        return container != null && state != null && state.equals(DatabaseRecord.in(container, file).read().orElse(null));
    }

    /** Records the current state as verified; a database that cannot be written to keeps checking at every open. */
    private void recordIndexVerified() {
        recordState(VERIFIED_FILE);
    }

    /** Writes the current storage state into a record file; when it cannot be written, the check it saves is made again. */
    private void recordState(String file) {
        java.nio.file.Path container = container();
        String state = storageState();
        if (container == null || state == null) {
            return;
        }
        try {
            DatabaseRecord.in(container, file).write(state);
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(GraphStore.class).debug("{}: cannot record {} ({})", configuration.database(), file,
                    e.getMessage());
        }
    }

    private long rebuild(TextIndexLucene lucene, EntityDefinition def) {
        TextIndex index = lucene;
        return Txn.calculateRead(dataset, () -> {
            IndexWriter writer = lucene.getIndexWriter();
            try {
                writer.deleteAll();
                long n = 0;
                for (Quad q : indexedQuads(def)) {
                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                    if (e != null) {
                        index.addEntity(e);
                        n++;
                    }
                }
                writer.commit();
                return n;
            } catch (java.io.IOException e) {
                throw new StoreException(configuration.database() + ": cannot rebuild text index (" + e.getMessage() + ")", e);
            }
        });
    }

    private Set<String> expectedIndexIds() {
        EntityDefinition def = text.getTextIndex().getDocDef();
        Set<String> ids = new HashSet<>();
        for (Quad q : indexedQuads(def)) {
            Entity e = TextQueryFuncs.entityFromQuad(def, q);
            if (e != null) {
                e.getMap().forEach((field, value) -> ids.add(e.getChecksum(field, (String) value)));
            }
        }
        return ids;
    }

    private List<Quad> indexedQuads(EntityDefinition def) {
        List<Quad> quads = new ArrayList<>();
        DatasetGraph dsg = text.getWrapped();
        for (String field : def.fields()) {
            for (Node p : def.getPredicates(field)) {
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    // kg:merged repeats names indexed where they were stated: not indexed again.
                    if (!q.isDefaultGraph() && q.getObject().isLiteral() && !MergedGraph.NAME.equals(q.getGraph())) {
                        quads.add(q);
                    }
                });
            }
        }
        return quads;
    }


    /**
     * Closes the text index and releases the TDB2 database, lock included, so another process
     * (or a later build) can open it.
     *
     * <p>A transaction still counted as open does not stop the release: it is released anyway,
     * with a warning. Those are read transactions that jena-text 5.6.0 leaves open when two of them
     * are aborted at the same time, as Fuseki does with two SPARQL queries cut at the timeout
     * (docs/reliability.md, section 3); they hold nothing to write.
     */
    @Override
    public void close() {
        DatasetGraph tdb = text.getWrapped();
        boolean writesFinished = indexComponent != null && indexComponent.writesFinished() && !dataset.isInTransaction();
        if (indexVerified && writesFinished) {
            // Consistent when checked, and every write since then committed or aborted whole: still consistent.
            recordIndexVerified();
        }
        if (mergedInStep && !outsideWrites && writesFinished) {
            // Every write since it was in step went through this store, which keeps it in step.
            recordState(MERGED_FILE);
        }
        dataset.close();
        if (org.apache.jena.tdb2.sys.TDBInternal.isTDB2(tdb)) {
            try {
                org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
            } catch (org.apache.jena.dboe.transaction.txn.TransactionException e) {
                org.slf4j.LoggerFactory.getLogger(GraphStore.class).warn("{}: released with transactions still counted as open "
                        + "(left by queries aborted at the same time)", configuration.database());
                org.apache.jena.tdb2.sys.TDBInternal.expel(tdb, true);
            }
        }
    }

    /**
     * The database grows with every write transaction and never shrinks by itself: TDB2 copies
     * each B+tree block a transaction changes and keeps the old copy. Rebuilding a 1 MB corpus
     * into its own database took it from 110 MB to 299 MB, and every rebuild adds as much again.
     * Compaction writes the live data into a new generation ({@code Data-0002} after
     * {@code Data-0001}) and deletes the old one; it costs about a third of a load of the same
     * data, so it is done when the database has grown to more than {@value #COMPACT_GROWTH} times
     * its size after the last compaction (or after the run that filled it when empty), by at least
     * {@value #COMPACT_MIN_GROWTH_MB} MB: each compaction at least halves the database, and the
     * work of all of them stays within a small multiple of the data's size. The size compacted to
     * is kept in {@value #COMPACTED_FILE} beside TDB2's generations.
     *
     * <p>Safe to kill: TDB2 writes the new generation into a temporary directory
     * ({@code Data-0002-tmp}, deleted when the database is next opened) and renames it into place
     * only once complete; until then the old generation is the database. Killed after the rename
     * and before the old generation is deleted, the new one is used and the old one is deleted by
     * the next compaction. The text index is untouched: compaction changes how the quads are
     * stored, not which.
     *
     * @return what was done: {@link Compaction#compacted()} false when the database had not grown enough
     */
    public Compaction compactIfGrown() {
        return compactIfGrown(COMPACT_GROWTH, COMPACT_MIN_GROWTH_MB * 1024 * 1024);
    }

    /** {@link #compactIfGrown()} with other thresholds (tests). */
    Compaction compactIfGrown(double growth, long minGrowthBytes) {
        DatasetGraph tdb = text.getWrapped();
        if (!(tdb instanceof org.apache.jena.tdb2.store.DatasetGraphSwitchable switchable) || !switchable.hasContainerPath()) {
            return new Compaction(false, 0, 0, java.time.Duration.ZERO);
        }
        DatabaseRecord record = DatabaseRecord.in(switchable.getContainerPath(), COMPACTED_FILE);
        long before = Txn.calculateRead(tdb, () -> StorageSize.of(tdb));
        Long compacted = readCompactedSize(record);
        if (compacted == null && emptyAtOpen) {
            // Filled from empty by this run: as compact as it will be (a compaction gives the same size).
            writeCompactedSize(record, before);
            return new Compaction(false, before, before, java.time.Duration.ZERO);
        }
        long reference = compacted == null ? 0 : compacted;
        if (before <= reference * growth || before - reference < minGrowthBytes) {
            return new Compaction(false, before, before, java.time.Duration.ZERO);
        }
        long start = System.nanoTime();
        try {
            deleteOldGenerations(switchable.getContainerPath());
            org.apache.jena.tdb2.DatabaseMgr.compact(switchable, true);
        } catch (RuntimeException | InternalError e) {
            throw writeFailure(e);
        }
        long after = Txn.calculateRead(tdb, () -> StorageSize.of(tdb));
        writeCompactedSize(record, after);
        return new Compaction(true, before, after, java.time.Duration.ofNanos(System.nanoTime() - start));
    }

    /** How much a database must grow since its last compaction before it is compacted again. */
    static final double COMPACT_GROWTH = 2.0;

    /** ... and by how much at least: a small database is not worth it. */
    static final long COMPACT_MIN_GROWTH_MB = 64;

    /** The name of a TDB2 generation directory. */
    private static final java.util.regex.Pattern GENERATION = java.util.regex.Pattern.compile("Data-\\d+");

    /** The file, beside TDB2's {@code Data-NNNN} generations, that holds the size of the last compaction. */
    static final String COMPACTED_FILE = "stdkg-compacted-bytes";

    /**
     * Deletes the generations before the current one: left when a compaction was killed between
     * the switch to the new generation and the deletion of the old (TDB2 uses the newest).
     */
    private static void deleteOldGenerations(java.nio.file.Path container) {
        java.nio.file.Path current = org.apache.jena.tdb2.sys.DatabaseOps.findStorageLocation(container);
        if (current == null) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> dirs = java.nio.file.Files.list(container)) {
            for (java.nio.file.Path dir : dirs.toList()) {
                String name = dir.getFileName().toString();
                if (java.nio.file.Files.isDirectory(dir) && GENERATION.matcher(name).matches()
                        && name.compareTo(current.getFileName().toString()) < 0) {
                    org.apache.jena.atlas.io.IO.deleteAll(dir);
                }
            }
        } catch (java.io.IOException e) {
            throw new StoreException(container + ": cannot list the database generations (" + e.getMessage() + ")", e);
        }
    }

    private static Long readCompactedSize(DatabaseRecord record) {
        try {
            return record.read().map(Long::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            // Torn by a kill: as if never compacted.
            return null;
        }
    }

    private void writeCompactedSize(DatabaseRecord record, long bytes) {
        try {
            record.write(Long.toString(bytes));
        } catch (java.io.IOException e) {
            throw new StoreException(configuration.database() + ": cannot write " + record.file().getFileName() + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * What {@link #compactIfGrown} did.
     *
     * @param compacted whether the database was compacted
     * @param bytesBefore bytes the database had written before (see {@link StorageSize})
     * @param bytesAfter and after
     * @param time how long the compaction took
     */
    public record Compaction(boolean compacted, long bytesBefore, long bytesAfter, java.time.Duration time) {

        /** "compacted the database: 299 MB -> 110 MB in 12.3 s". */
        public String line() {
            return String.format("compacted the database: %d MB -> %d MB in %.1f s", bytesBefore >> 20, bytesAfter >> 20,
                    time.toMillis() / 1000.0);
        }
    }

    /**
     * How the text index compares with the data.
     *
     * @param compared false when nothing was compared because neither had changed since they were last found to agree
     *     (the counts are then 0)
     */
    public record IndexCheck(long expected, long indexed, long missing, long stale, boolean compared) {

        public IndexCheck(long expected, long indexed, long missing, long stale) {
            this(expected, indexed, missing, stale, true);
        }

        static IndexCheck unchangedSinceVerified() {
            return new IndexCheck(0, 0, 0, 0, false);
        }

        public boolean consistent() {
            return missing == 0 && stale == 0;
        }
    }

}
