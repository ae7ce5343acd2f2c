package org.stdkg.query;

/** A query ran longer than the configured timeout and was cut. */
public final class QueryTimeoutException extends QueryException {

    private static final long serialVersionUID = 1L;

    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
