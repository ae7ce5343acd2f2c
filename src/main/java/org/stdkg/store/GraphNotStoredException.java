package org.stdkg.store;

/**
 * One graph could not be stored, for a reason that may not hold for the next (a remote store
 * refused it, or kept failing): the batch reports it and goes on. The message is one line naming
 * the store and the graph.
 */
public final class GraphNotStoredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GraphNotStoredException(String message) {
        super(message);
    }
}
