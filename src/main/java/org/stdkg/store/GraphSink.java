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

    /**
     * Graphs replaced one after another, which this sink may make durable together (the local
     * store commits several in one transaction: a transaction per document costs far more than the
     * document). Each graph is still stored whole or not at all; {@code stored} hears of a graph
     * once it is durable. The default stores each graph at once, with {@link #replaceGraph}.
     */
    default Batch batch() {
        return new Batch() {
            @Override
            public void replace(String graphIri, Graph content, java.util.function.LongConsumer stored) {
                stored.accept(replaceGraph(graphIri, content));
            }

            @Override
            public void finish() {
                // Every graph was stored as it came.
            }

            @Override
            public void close() {
                // Nothing pending.
            }
        };
    }

    /** See {@link GraphSink#batch}: {@link #finish} makes the pending graphs durable, {@link #close} drops what was not. */
    interface Batch extends AutoCloseable {

        /**
         * Replaces a named graph by the given triples (read during the call, not kept).
         *
         * @param stored told the number of triples stored, once the graph is durable
         * @throws GraphNotStoredException when this one graph could not be stored; the next may be
         */
        void replace(String graphIri, Graph content, java.util.function.LongConsumer stored);

        /** Makes every graph replaced so far durable. */
        void finish();

        /** Drops the graphs not made durable (after a failure); nothing else. */
        @Override
        void close();
    }
}
