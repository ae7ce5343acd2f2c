package org.stdkg.store;

/**
 * A remote store kept failing, graph after graph, for reasons that should have passed: it is taken
 * to be down and the batch ends. The message is one line naming the store.
 */
public final class StoreUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnreachableException(String message) {
        super(message);
    }
}
