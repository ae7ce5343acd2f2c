package org.stdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text-index check at open ({@link GraphStore#repairIndex}) is skipped when neither the data nor the index has
 * changed since a store found them in agreement, and made in full whenever either has: a write by another tool, a
 * changed index, a write left unfinished.
 */
class IndexVerifiedIT {

    private static final String GRAPH = "http://localhost:3030/graph/document/d1";
    private static final String ENTITY = "http://localhost:3030/id/organisation/x";

    @TempDir
    Path temp;

    private GraphStore open(Path db) {
        return GraphStore.open(StoreConfiguration.bundled(db, Duration.ofSeconds(10)));
    }

    private static Graph labelled(String entity, String label) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI(entity), RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
        return g;
    }

    /** A database written and closed by stdkg, its index checked once. */
    private Path verifiedDatabase(String name) {
        Path db = temp.resolve(name);
        try (GraphStore store = open(db)) {
            assertTrue(store.repairIndex().compared(), "a new database has no verified state yet");
            store.replaceGraph(GRAPH, labelled(ENTITY, "Alphaville Standards Agency"));
        }
        return db;
    }

    @Test
    void aDatabaseClosedAfterFinishedWritesIsNotComparedAgain() {
        Path db = verifiedDatabase("db1");
        try (GraphStore store = open(db)) {
            GraphStore.IndexCheck check = store.repairIndex();
            assertFalse(check.compared(), "unchanged since the writes that followed the check");
            assertTrue(check.consistent());
            assertTrue(store.check().consistent(), "and the full comparison agrees");
            store.replaceGraph(GRAPH, labelled(ENTITY, "Betatown Standards Agency"));
        }
        try (GraphStore store = open(db)) {
            assertFalse(store.repairIndex().compared(), "still verified after a second session of writes");
        }
    }

    @Test
    void aWriteByAnotherToolIsCheckedAndRepaired() {
        Path db = verifiedDatabase("db2");
        Dataset raw = TDB2Factory.connectDataset(db.resolve("tdb2").toString());
        Txn.executeWrite(raw, () -> raw.asDatasetGraph().add(Quad.create(NodeFactory.createURI(GRAPH),
                NodeFactory.createURI(ENTITY + "2"), RDFS.label.asNode(), NodeFactory.createLiteralString("Gammaburg Institute"))));
        TDBInternal.expel(raw.asDatasetGraph());
        try (GraphStore store = open(db)) {
            GraphStore.IndexCheck check = store.repairIndex();
            assertTrue(check.compared(), "the data changed behind stdkg's back");
            assertEquals(1, check.missing(), check::toString);
            assertTrue(store.check().consistent(), "repaired");
        }
        try (GraphStore store = open(db)) {
            assertFalse(store.repairIndex().compared(), "verified once repaired");
        }
    }

    @Test
    void aChangedIndexIsCheckedAndRepaired() throws Exception {
        Path db = verifiedDatabase("db3");
        try (FSDirectory dir = FSDirectory.open(db.resolve("text-index"));
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.deleteAll();
            writer.commit();
        }
        try (GraphStore store = open(db)) {
            GraphStore.IndexCheck check = store.repairIndex();
            assertTrue(check.compared(), "the index changed behind stdkg's back");
            assertFalse(check.consistent());
            assertTrue(store.check().consistent(), "repaired");
        }
    }

    @Test
    void aStoreClosedWithAWriteUnfinishedLeavesTheNextOpenToCompare() {
        Path db = verifiedDatabase("db4");
        try (GraphStore store = open(db)) {
            assertFalse(store.repairIndex().compared());
            store.replaceGraph(GRAPH, labelled(ENTITY, "Deltaport Standards Agency"));
            // A write begun and never finished, as when a commit fails midway.
            store.dataset().begin(ReadWrite.WRITE);
            store.dataset().asDatasetGraph().add(Quad.create(NodeFactory.createURI(GRAPH), NodeFactory.createURI(ENTITY + "3"),
                    RDFS.label.asNode(), NodeFactory.createLiteralString("Epsilon Council")));
        }
        try (GraphStore store = open(db)) {
            GraphStore.IndexCheck check = store.repairIndex();
            assertTrue(check.compared(), "the committed write after the check was not recorded as verified");
            // Closing Lucene's writer committed the unfinished write's entry, which TDB2 dropped: the check found it.
            assertEquals(1, check.stale(), check::toString);
            assertTrue(store.check().consistent(), "repaired");
        }
    }
}
