package org.stdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QuadIndexWriter} through {@link GraphStore#load}: with the secondary indexes written on threads of their own,
 * every one of TDB2's six quad indexes ends holding exactly what a load on one thread leaves, across transactions,
 * graph replacements, graphs coming back later, and a load that fails midway. Each index is read on its own (not
 * through a query, which would read only the index TDB2 picks).
 */
class QuadIndexWriterTest {

    private static final String LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>";
    private static final String TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

    @TempDir
    Path temp;

    private GraphStore open(String name) {
        return GraphStore.open(StoreConfiguration.bundled(temp.resolve(name), Duration.ofSeconds(10)));
    }

    /**
     * N-Quads of {@code graphs} document graphs of {@code perGraph} entities each: a class, a name (text-indexed) and a
     * link to an entity shared across graphs, so kg:merged receives copies and repeats. {@code variant} changes the names.
     */
    private Path corpus(String file, int firstGraph, int graphs, int perGraph, String variant) throws IOException {
        Path path = temp.resolve(file);
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            for (int g = firstGraph; g < firstGraph + graphs; g++) {
                String graph = " <https://example.org/graph/document/d" + g + "> .\n";
                for (int e = 0; e < perGraph; e++) {
                    String entity = "<https://example.org/id/organisation/o" + ((g * 7 + e) % (perGraph * 3)) + ">";
                    out.write(entity + " " + TYPE + " <https://w3id.org/stdkg/ontology#Organisation>" + graph);
                    out.write(entity + " " + LABEL + " \"Organisation " + e + " " + variant + "\"" + graph);
                    out.write(entity + " <https://w3id.org/stdkg/ontology#memberOf> <https://example.org/id/organisation/o0>" + graph);
                    out.write("<https://example.org/evidence/d" + g + "-" + e + "> <https://w3id.org/stdkg/ontology#offset> \""
                            + e + "\"" + graph);
                }
            }
        }
        return path;
    }

    /** Each quad index's content, by index name, as quads of nodes (read in a read transaction). */
    private static Map<String, Set<List<Node>>> indexes(GraphStore store) {
        DatasetGraphText text = (DatasetGraphText) store.dataset().asDatasetGraph();
        return Txn.calculateRead(text, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(text.getWrapped());
            NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
            Map<String, Set<List<Node>>> contents = new LinkedHashMap<>();
            for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                Set<List<Node>> quads = new HashSet<>();
                index.all().forEachRemaining(t -> quads.add(nodesOf(nodes, t)));
                contents.put(index.getName(), quads);
            }
            return contents;
        });
    }

    private static List<Node> nodesOf(NodeTable nodes, Tuple<NodeId> tuple) {
        List<Node> quad = new ArrayList<>(4);
        for (NodeId id : tuple) {
            quad.add(nodes.getNodeForNodeId(id));
        }
        return quad;
    }

    /** Every index of the store holds the same quads: that set. */
    private static Set<List<Node>> agreed(GraphStore store) {
        Map<String, Set<List<Node>>> contents = indexes(store);
        assertEquals(6, contents.size(), "six quad indexes");
        Set<List<Node>> first = contents.values().iterator().next();
        contents.forEach((name, quads) -> assertSameQuads(first, quads, "index " + name + " against the first"));
        return first;
    }

    /** Equal sets, or a failure saying how many quads are missing and extra, with one of each (not both sets whole). */
    private static void assertSameQuads(Set<List<Node>> expected, Set<List<Node>> actual, String what) {
        Set<List<Node>> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<List<Node>> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> what + ": " + missing.size() + " quads missing (e.g. "
                + missing.stream().findFirst().orElse(null) + "), " + extra.size() + " extra (e.g. "
                + extra.stream().findFirst().orElse(null) + ")");
    }

    /** Runs the same loads on two stores, with index threads and without, and compares every index of both. */
    private void loadsAgree(long batchQuads, Path... files) {
        try (GraphStore threaded = open("threaded"); GraphStore single = open("single")) {
            for (Path file : files) {
                threaded.load(file, batchQuads, 2);
                single.load(file, batchQuads, 0);
            }
            Set<List<Node>> withThreads = agreed(threaded);
            Set<List<Node>> withoutThreads = agreed(single);
            assertFalse(withThreads.isEmpty());
            assertSameQuads(withoutThreads, withThreads, "loaded with index threads against without");
        }
    }

    @Test
    void everyIndexHoldsWhatALoadOnOneThreadLeavesAcrossTransactions() throws IOException {
        // 120 graphs x 40 entities x 4 quads = 19,200 quads: several chunks, several transactions of about 3,000.
        loadsAgree(3_000, corpus("a.nq", 0, 120, 40, "v1"));
    }

    @Test
    void replacedGraphsLeaveNoOldQuadInAnyIndex() throws IOException {
        Path first = corpus("first.nq", 0, 60, 40, "v1");
        // Half the graphs again with other names, and new ones: the old names must go from every index and kg:merged.
        Path second = corpus("second.nq", 30, 60, 40, "v2");
        loadsAgree(5_000, first, second);
        try (GraphStore store = open("threaded")) {
            Set<List<Node>> quads = agreed(store);
            assertTrue(quads.stream().noneMatch(q -> q.get(0).getURI().endsWith("/d45") && q.get(3).isLiteral()
                    && q.get(3).getLiteralLexicalForm().endsWith("v1")), "a replaced graph's old names are gone");
        }
    }

    @Test
    void graphComingBackLaterInTheInputIsAddedToInEveryIndex() throws IOException {
        Path file = temp.resolve("interleaved.nq");
        StringBuilder nq = new StringBuilder();
        for (int round = 0; round < 3; round++) {
            for (int g = 0; g < 4; g++) {
                for (int e = 0; e < 3_000; e++) {
                    nq.append("<https://example.org/id/organisation/r").append(round).append('-').append(e).append("> ")
                            .append(LABEL).append(" \"Name ").append(e).append("\" <https://example.org/graph/document/g")
                            .append(g).append("> .\n");
                }
            }
        }
        Files.writeString(file, nq, StandardCharsets.UTF_8);
        loadsAgree(1_000_000, file);
    }

    @Test
    void failedLoadLeavesEveryIndexAsBefore() throws IOException {
        Path good = corpus("good.nq", 0, 20, 40, "v1");
        Path bad = temp.resolve("bad.nq");
        Files.writeString(bad, Files.readString(corpus("more.nq", 10, 60, 40, "v2")) + "<https://example.org/x> broken .\n");
        try (GraphStore store = open("threaded")) {
            store.load(good, 1_000_000, 2);
            Set<List<Node>> before = agreed(store);
            assertThrows(StoreException.class, () -> store.load(bad, 1_000_000, 2));
            assertSameQuads(before, agreed(store), "after the failed load (its one transaction dropped) against before");
            // And the store still takes a load after it.
            store.load(corpus("after.nq", 100, 5, 10, "v3"), 1_000_000, 2);
            assertTrue(agreed(store).size() > before.size());
        }
    }

    @Test
    void kgMergedHoldsEachEntityStatementOnceInEveryIndex() throws IOException {
        try (GraphStore store = open("threaded")) {
            store.load(corpus("m.nq", 0, 50, 40, "v1"), 4_000, 2);
            Set<List<Node>> quads = agreed(store);
            Set<List<Node>> merged = new HashSet<>();
            Set<List<Node>> stated = new HashSet<>();
            for (List<Node> q : quads) {
                List<Node> triple = q.subList(1, 4);
                if (q.get(0).equals(MergedGraph.NAME)) {
                    merged.add(triple);
                } else if (q.get(1).getURI().contains("/id/")) {
                    stated.add(triple);
                }
            }
            assertSameQuads(stated, merged, "kg:merged against the entity statements of the document graphs");
        }
    }
}
