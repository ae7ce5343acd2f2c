package org.stdkg.query;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;

/**
 * What a query returned, read in full inside the read transaction: rows for SELECT, a boolean for
 * ASK, a graph for CONSTRUCT and DESCRIBE. Exactly one of the three is set.
 */
public final class QueryResult {

    private final ResultSetRewindable rows;
    private final Boolean answer;
    private final Model graph;
    private final boolean truncated;

    private QueryResult(ResultSetRewindable rows, Boolean answer, Model graph, boolean truncated) {
        this.rows = rows;
        this.answer = answer;
        this.graph = graph;
        this.truncated = truncated;
    }

    static QueryResult rows(ResultSetRewindable rows) {
        return new QueryResult(rows, null, null, false);
    }

    /** Rows cut at a row limit: the query had more. */
    static QueryResult truncatedRows(ResultSetRewindable rows) {
        return new QueryResult(rows, null, null, true);
    }

    static QueryResult answer(boolean answer) {
        return new QueryResult(null, answer, null, false);
    }

    static QueryResult graph(Model graph) {
        return new QueryResult(null, null, graph, false);
    }

    /** Whether the rows were cut at the row limit the query ran with ({@link QueryRunner#run(org.apache.jena.query.Query, int)}). */
    public boolean truncated() {
        return truncated;
    }

    public boolean isRows() {
        return rows != null;
    }

    public boolean isAnswer() {
        return answer != null;
    }

    public boolean isGraph() {
        return graph != null;
    }

    /** The rows, rewound to the start. */
    public ResultSetRewindable rows() {
        if (rows == null) {
            throw new IllegalStateException("not a SELECT result");
        }
        rows.reset();
        return rows;
    }

    public boolean answer() {
        if (answer == null) {
            throw new IllegalStateException("not an ASK result");
        }
        return answer;
    }

    public Model graph() {
        if (graph == null) {
            throw new IllegalStateException("not a CONSTRUCT or DESCRIBE result");
        }
        return graph;
    }
}
