package org.stdkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.stdkg.vocab.KG;

/**
 * The graph {@code kg:merged}: every statement about an entity made in any other named graph, each once, without the
 * evidence. Derived data, kept in step by the store's writes.
 *
 * <p>Why: every document graph repeats the description (class, names) of each entity it mentions and the facts it
 * states, so in the union default graph a much-mentioned entity's label is stored once per document, and TDB2 reads
 * every copy to answer one lookup (it removes the repeats after reading them). Queries that look up the labels of many
 * such entities cost the number of lookups times the number of copies, which both grow with the corpus: on a 100 MB
 * corpus six canned queries ran past 60 s. Read from this graph, a lookup reads one statement.
 *
 * <p>What: a statement whose subject is an entity IRI ({@code …/id/{kind}/{slug}}, not a source document), from any
 * named graph but this one. Evidence annotations ({@code …/evidence/…}) and document descriptions are not copied:
 * they are stated once already. The test is on the IRI's shape, not the configured base, so that a store needs no
 * base to keep the graph.
 *
 * <p>How: an added statement is added here unless already present; a statement removed from a graph (the graph
 * replaced or dropped) is removed here once no other graph states it, which the store asks at the end of the graph,
 * when its new content is in. These writes go to TDB2 directly, not through the text index: the names in this graph
 * are indexed where they were stated, and indexed again they would be found twice.
 *
 * <p>Not thread-safe; used inside one write transaction at a time.
 */
final class MergedGraph {

    /** The graph's name: {@code kg:merged}. */
    static final Node NAME = KG.merged.asNode();

    /** An entity IRI ends in {@code /id/{kind}/{slug}} ({@code org.stdkg.rdf.Iris}); source documents are described in their own graph. */
    private static final Pattern ENTITY = Pattern.compile("/id/(?!sourcedocument/)[a-z]+/[a-z0-9-]+$");

    private MergedGraph() {
    }

    /** Whether a quad of a named graph is copied into the merged graph. */
    static boolean copies(Node graph, Node subject) {
        return !NAME.equals(graph) && isEntity(subject);
    }

    /** Whether a node is an entity IRI: the subjects of the merged graph's statements. */
    private static boolean isEntity(Node node) {
        return node.isURI() && ENTITY.matcher(node.getURI()).find();
    }

    /** Adds a statement, unless present: one probe of an index, against six writes when a repeat would be re-added. */
    static void add(DatasetGraph tdb, Node s, Node p, Node o) {
        if (!tdb.contains(NAME, s, p, o)) {
            tdb.add(NAME, s, p, o);
        }
    }

    /** The statements of a graph that the merged graph holds on its behalf: to check once the graph has been rewritten. */
    static List<Triple> copiedFrom(DatasetGraph tdb, Node graph) {
        List<Triple> copied = new ArrayList<>();
        if (NAME.equals(graph)) {
            return copied;
        }
        Iterator<Quad> it = tdb.find(graph, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (copies(graph, q.getSubject())) {
                    copied.add(q.asTriple());
                }
            }
        } finally {
            Iter.close(it);
        }
        return copied;
    }

    /** Removes from the merged graph those of some statements that no other graph states any more. */
    static void removeUnstated(DatasetGraph tdb, List<Triple> statements) {
        List<Triple> unstated = new ArrayList<>();
        for (Triple t : new HashSet<>(statements)) {
            if (!statedElsewhere(tdb, t)) {
                unstated.add(t);
            }
        }
        for (Triple t : unstated) {
            tdb.delete(NAME, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    /** Whether a graph other than the merged graph states a triple. */
    private static boolean statedElsewhere(DatasetGraph tdb, Triple t) {
        Iterator<Quad> it = tdb.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (!NAME.equals(q.getGraph()) && !q.isDefaultGraph()) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(it);
        }
    }

    /**
     * Compares the merged graph with the other graphs, whatever wrote them, and with {@code mend} brings it in step:
     * adds what it lacks, removes what no graph states. Reads every named graph once, graph by graph (one graph's
     * statements are held at a time, and the merged graph's); with {@code mend}, in a write transaction.
     *
     * @return what was missing and what was stale (and, with {@code mend}, is no longer)
     */
    static GraphStore.MergedCheck sync(DatasetGraph tdb, boolean mend) {
        List<Node> graphs = new ArrayList<>();
        tdb.listGraphNodes().forEachRemaining(graphs::add);
        Set<Triple> lacking = new HashSet<>();
        long missing = 0;
        for (Node g : graphs) {
            // Written once the graph's iterator is closed: TDB2's iterators do not survive writes to the same index.
            for (Triple t : copiedFrom(tdb, g)) {
                if (!tdb.contains(NAME, t.getSubject(), t.getPredicate(), t.getObject()) && lacking.add(t)) {
                    missing++;
                    if (mend) {
                        tdb.add(NAME, t.getSubject(), t.getPredicate(), t.getObject());
                    }
                }
            }
        }
        List<Triple> held = new ArrayList<>();
        Iterator<Quad> it = tdb.find(NAME, Node.ANY, Node.ANY, Node.ANY);
        try {
            it.forEachRemaining(q -> held.add(q.asTriple()));
        } finally {
            Iter.close(it);
        }
        List<Triple> stale = new ArrayList<>();
        for (Triple t : held) {
            if (!isEntity(t.getSubject()) || !statedElsewhere(tdb, t)) {
                stale.add(t);
            }
        }
        if (mend) {
            stale.forEach(t -> tdb.delete(NAME, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        return new GraphStore.MergedCheck(missing, stale.size(), true);
    }
}
