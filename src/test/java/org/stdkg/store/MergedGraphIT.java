package org.stdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.vocab.KG;
import org.stdkg.vocab.PROV;

/**
 * {@code kg:merged} holds every statement about an entity made in the other graphs, once, and stays so through every
 * write of the store (replace, load, remove) and after writes by other tools (brought in step at open).
 */
class MergedGraphIT {

    private static final String BASE = "http://localhost:3030/";
    private static final String DOC_A = BASE + "graph/document/a";
    private static final String DOC_B = BASE + "graph/document/b";
    private static final Node ISO = NodeFactory.createURI(BASE + "id/organisation/iso");
    private static final Node SC42 = NodeFactory.createURI(BASE + "id/committee/iso-iec-jtc-1-sc-42");
    private static final Node SOURCE_A = NodeFactory.createURI(BASE + "id/sourcedocument/a");
    private static final Node EVIDENCE = NodeFactory.createURI(BASE + "evidence/0123456789abcdef0123#statement");

    @TempDir
    Path temp;

    private GraphStore open(Path db) {
        return GraphStore.open(StoreConfiguration.bundled(db, Duration.ofSeconds(10)));
    }

    private static Triple label(Node s, String label) {
        return Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
    }

    private static Triple type(Node s, org.apache.jena.rdf.model.Resource c) {
        return Triple.create(s, RDF.type.asNode(), c.asNode());
    }

    private static Graph graph(Triple... triples) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple t : triples) {
            g.add(t);
        }
        return g;
    }

    private static Set<Triple> merged(GraphStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            Set<Triple> triples = new HashSet<>();
            ds.asDatasetGraph().find(KG.merged.asNode(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
            return triples;
        });
    }

    /** Document A: ISO with its name and class, its source document, and an evidence node. */
    private static Graph documentA() {
        return graph(type(ISO, KG.Organisation), label(ISO, "ISO"), Triple.create(ISO, PROV.wasDerivedFrom.asNode(), SOURCE_A),
                type(SOURCE_A, KG.SourceDocument), label(SOURCE_A, "a.txt"),
                Triple.create(EVIDENCE, RDF.subject.asNode(), ISO));
    }

    @Test
    void statementsAboutEntitiesAreCopiedOnceAndEvidenceAndDocumentsAreNot() {
        try (GraphStore store = open(temp.resolve("db"))) {
            store.replaceGraph(DOC_A, documentA());
            store.replaceGraph(DOC_B, graph(type(ISO, KG.Organisation), label(ISO, "ISO"), type(SC42, KG.Committee)));
            Set<Triple> merged = merged(store);
            assertEquals(Set.of(type(ISO, KG.Organisation), label(ISO, "ISO"), Triple.create(ISO, PROV.wasDerivedFrom.asNode(), SOURCE_A),
                    type(SC42, KG.Committee)), merged);
            assertTrue(store.check().consistent(), "the copies are not indexed twice: the text index still agrees with the data");
            assertTrue(store.checkMergedGraph().consistent());
        }
    }

    @Test
    void aReplacedGraphTakesAwayOnlyWhatNoOtherGraphStates() {
        try (GraphStore store = open(temp.resolve("db"))) {
            store.replaceGraph(DOC_A, graph(label(ISO, "ISO"), label(ISO, "International Organization for Standardization")));
            store.replaceGraph(DOC_B, graph(label(ISO, "ISO")));
            store.replaceGraph(DOC_A, graph(type(SC42, KG.Committee)));
            assertEquals(Set.of(label(ISO, "ISO"), type(SC42, KG.Committee)), merged(store),
                    "the long name went with A's old graph; 'ISO' stays, B states it");
            store.removeGraph(DOC_B);
            assertEquals(Set.of(type(SC42, KG.Committee)), merged(store), "and goes with B");
            assertTrue(store.checkMergedGraph().consistent());
        }
    }

    @Test
    void aLoadKeepsItInStepAndIgnoresAMergedGraphInItsInput() throws Exception {
        Path nq = temp.resolve("in.nq");
        Files.writeString(nq, String.join("\n",
                quad(DOC_A, ISO, RDFS.label.asNode(), "\"ISO\""),
                quad(DOC_A, ISO, RDFS.label.asNode(), "\"Old name\""),
                quad(DOC_B, ISO, RDFS.label.asNode(), "\"ISO\""),
                quad(KG.merged.getURI(), SC42, RDFS.label.asNode(), "\"stated nowhere else\"")) + "\n", StandardCharsets.UTF_8);
        Path again = temp.resolve("again.nq");
        Files.writeString(again, quad(DOC_A, SC42, RDF.type.asNode(), "<" + KG.Committee.getURI() + ">") + "\n", StandardCharsets.UTF_8);
        try (GraphStore store = open(temp.resolve("db"))) {
            long[] counts = store.load(nq);
            assertEquals(2, counts[0], "two graphs loaded; kg:merged is made, not loaded");
            assertEquals(Set.of(label(ISO, "ISO"), label(ISO, "Old name")), merged(store));
            store.load(again, 1);
            assertEquals(Set.of(label(ISO, "ISO"), type(SC42, KG.Committee)), merged(store), "A replaced: its old name gone");
            assertTrue(store.checkMergedGraph().consistent());
        }
    }

    @Test
    void aDatabaseWrittenByAnotherToolIsBroughtInStepAtOpenAndThenSkipped() {
        Path db = temp.resolve("db");
        try (GraphStore store = open(db)) {
            assertTrue(store.syncMergedGraph().compared(), "a new database has no record yet");
            store.replaceGraph(DOC_A, graph(label(ISO, "ISO")));
        }
        try (GraphStore store = open(db)) {
            assertFalse(store.syncMergedGraph().compared(), "only stdkg wrote since it was in step");
        }
        Dataset raw = TDB2Factory.connectDataset(db.resolve("tdb2").toString());
        Txn.executeWrite(raw, () -> {
            DatasetGraph dsg = raw.asDatasetGraph();
            dsg.add(Quad.create(NodeFactory.createURI(DOC_B), SC42, RDF.type.asNode(), KG.Committee.asNode()));
            dsg.delete(Quad.create(NodeFactory.createURI(DOC_A), ISO, RDFS.label.asNode(), NodeFactory.createLiteralString("ISO")));
        });
        TDBInternal.expel(raw.asDatasetGraph());
        try (GraphStore store = open(db)) {
            GraphStore.MergedCheck before = store.checkMergedGraph();
            assertEquals(1, before.missing(), "SC 42, added by the other tool");
            assertEquals(1, before.stale(), "ISO's name, which the other tool removed");
            GraphStore.MergedCheck sync = store.syncMergedGraph();
            assertTrue(sync.compared());
            assertEquals(1, sync.missing());
            assertEquals(1, sync.stale());
            assertEquals(Set.of(type(SC42, KG.Committee)), merged(store));
            assertTrue(store.checkMergedGraph().consistent());
        }
    }

    @Test
    void bringingItInStepKeepsAVerifiedIndexVerified() {
        Path db = temp.resolve("db");
        try (GraphStore store = open(db)) {
            store.replaceGraph(DOC_A, graph(label(ISO, "ISO")));
        }
        // A database whose kg:merged lacks what its graphs say (as one from an older stdkg), its index verified since.
        Dataset raw = TDB2Factory.connectDataset(db.resolve("tdb2").toString());
        Txn.executeWrite(raw, () -> raw.asDatasetGraph().deleteAny(KG.merged.asNode(), Node.ANY, Node.ANY, Node.ANY));
        TDBInternal.expel(raw.asDatasetGraph());
        try (GraphStore store = open(db)) {
            assertTrue(store.repairIndex().compared(), "written by another tool: compared in full");
        }
        try (GraphStore store = open(db)) {
            GraphStore.MergedCheck sync = store.syncMergedGraph();
            assertEquals(1, sync.missing());
            assertFalse(store.repairIndex().compared(), "kg:merged is not indexed: the index still agrees, unchecked");
            assertTrue(store.check().consistent(), "as the full comparison confirms");
        }
    }

    @Test
    void aServerThatAcceptsUpdatesLeavesItToBeBroughtInStepNextTime() {
        Path db = temp.resolve("db");
        try (GraphStore store = open(db)) {
            store.syncMergedGraph();
            store.expectOutsideWrites();
            // As a SPARQL Update through the server would: into the dataset, not through the store.
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .add(Quad.create(NodeFactory.createURI(DOC_A), ISO, RDFS.label.asNode(), NodeFactory.createLiteralString("ISO"))));
        }
        try (GraphStore store = open(db)) {
            GraphStore.MergedCheck sync = store.syncMergedGraph();
            assertTrue(sync.compared(), "not recorded as in step");
            assertEquals(1, sync.missing());
            assertEquals(Set.of(label(ISO, "ISO")), merged(store));
        }
    }

    @Test
    void itIsNeitherWrittenDirectlyNorExported() {
        try (GraphStore store = open(temp.resolve("db"))) {
            store.replaceGraph(DOC_A, documentA());
            StoreException e = assertThrows(StoreException.class, () -> store.replaceGraph(KG.merged.getURI(), graph(label(ISO, "x"))));
            assertTrue(e.getMessage().startsWith(KG.merged.getURI() + ": derived"), e.getMessage());
            assertThrows(StoreException.class, () -> store.removeGraph(KG.merged.getURI()));
            for (Lang lang : new Lang[] {Lang.NQUADS, Lang.TRIG}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.export(out, lang);
                DatasetGraph exported = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), lang).toDatasetGraph();
                assertTrue(exported.containsGraph(NodeFactory.createURI(DOC_A)), lang.getName());
                assertFalse(exported.containsGraph(KG.merged.asNode()), lang.getName() + ": kg:merged is derived, not data");
            }
            Set<String> pushed = new HashSet<>();
            store.forEachGraph((name, content) -> pushed.add(name));
            assertEquals(Set.of(DOC_A), pushed);
        }
    }

    private static String quad(String graph, Node s, Node p, String object) {
        return "<" + s.getURI() + "> <" + p.getURI() + "> " + object + " <" + graph + "> .";
    }
}
