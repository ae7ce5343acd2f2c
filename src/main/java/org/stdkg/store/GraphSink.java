package org.stdkg.store;

import org.apache.jena.graph.Graph;

/**
 * Where built graphs go: the local TDB2 store ({@link GraphStore}) or a remote SPARQL Graph Store
 * Protocol endpoint ({@link RemoteStore}).
 */
public interface GraphSink {

    /**
     * Replaces a named graph by the given triples, as one operation.
     *
     * @return the number of triples stored
     * @throws GraphNotStoredException when this one graph could not be stored; the next may be
     * @throws StoreUnreachableException when the store is taken to be down: nothing more can be stored
     */
    long replaceGraph(String graphIri, Graph content);
}
