package org.stdkg.query;

/** A query file is malformed: its header or its SPARQL. The message names the file and the problem. */
public final class QueryDefinitionException extends QueryException {

    private static final long serialVersionUID = 1L;

    public QueryDefinitionException(String message) {
        super(message);
    }

    public QueryDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
