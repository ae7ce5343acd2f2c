package org.stdkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Test access below the text dataset, to make the index disagree with the data on purpose. */
final class DatasetGraphs {

    private DatasetGraphs() {
    }

    /** Deletes a graph from TDB2 directly, bypassing the text index. */
    static void withoutIndex(GraphStore store, String graph) {
        DatasetGraph text = store.dataset().asDatasetGraph();
        DatasetGraph tdb = ((DatasetGraphText) text).getWrapped();
        Node g = NodeFactory.createURI(graph);
        Txn.executeWrite(text, () -> tdb.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
    }
}
