package org.stdkg.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;

/**
 * Runs read-only queries against a dataset in a read transaction, cut at a timeout. The whole
 * result is read inside the transaction, so it stays usable after it.
 */
public final class QueryRunner {

    private final Dataset dataset;
    private final Duration timeout;

    /**
     * @param dataset the (text-indexed) dataset to query
     * @param timeout how long a query may run, in total; zero or negative for no limit
     */
    public QueryRunner(Dataset dataset, Duration timeout) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Runs a query of any read form.
     *
     * @throws QueryTimeoutException when the query runs longer than the timeout
     * @throws QueryException when the query fails otherwise (one-line message)
     */
    public QueryResult run(Query query) {
        return run(query, 0);
    }

    /**
     * Runs a query of any read form; a SELECT returns at most {@code maxRows} rows, and says when
     * it had more ({@link QueryResult#truncated}). The query's own LIMIT is lowered to one row past
     * the limit, so the engine stops there instead of computing rows that would be dropped.
     *
     * @param maxRows the most rows of a SELECT; zero or negative for no limit
     * @throws QueryTimeoutException when the query runs longer than the timeout
     * @throws QueryException when the query fails otherwise (one-line message)
     */
    public QueryResult run(Query query, int maxRows) {
        if (query.isUnknownType()) {
            throw new QueryException("unknown query form");
        }
        long started = System.nanoTime();
        // A failure (a timeout above all) is carried out of the read transaction rather than thrown
        // through it: Txn would abort the transaction, and with jena-text 5.6.0 over TDB2 two read
        // transactions aborted at the same time leave one of them open for good (an NPE in the text
        // index's transaction component; docs/reliability.md, section 3). Ended normally, none is.
        Outcome outcome = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = build(limited(query, maxRows))) {
                return new Outcome(execute(query, exec, maxRows), null);
            } catch (RuntimeException e) {
                return new Outcome(null, e);
            }
        });
        if (outcome.failure() == null) {
            return outcome.result();
        }
        RuntimeException e = outcome.failure();
        if (e instanceof QueryCancelledException) {
            throw new QueryTimeoutException("query timed out after " + describe(timeout), e);
        }
        if (e instanceof QueryException q) {
            throw q;
        }
        // A cancelled hash join can fail while closing (a NullPointerException in ARQ) instead of
        // reporting the cancellation: past the deadline, any failure is the timeout.
        if (!timeout.isZero() && !timeout.isNegative() && System.nanoTime() - started >= timeout.toNanos()) {
            throw new QueryTimeoutException("query timed out after " + describe(timeout), e);
        }
        throw new QueryException("query failed: " + CannedQuery.firstLine(e.getMessage()), e);
    }

    /** What happened inside the read transaction: a result or a failure. */
    private record Outcome(QueryResult result, RuntimeException failure) {
    }

    private static QueryResult execute(Query query, QueryExecution exec, int maxRows) {
        if (query.isSelectType()) {
            return capped(exec.execSelect().rewindable(), maxRows);
        }
        if (query.isAskType()) {
            return QueryResult.answer(exec.execAsk());
        }
        if (query.isConstructType()) {
            return QueryResult.graph(exec.execConstruct());
        }
        if (query.isDescribeType()) {
            return QueryResult.graph(exec.execDescribe());
        }
        if (query.isJsonType()) {
            throw new QueryException("JSON queries are not supported");
        }
        throw new QueryException("unknown query form");
    }

    /** The query with a LIMIT of at most one row past the cap (a copy when that changes it). */
    static Query limited(Query query, int maxRows) {
        if (maxRows <= 0 || !query.isSelectType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(maxRows + 1L);
        return copy;
    }

    private static QueryResult capped(ResultSetRewindable rows, int maxRows) {
        if (maxRows <= 0 || rows.size() <= maxRows) {
            return QueryResult.rows(rows);
        }
        List<Binding> kept = new ArrayList<>(maxRows);
        while (kept.size() < maxRows) {
            kept.add(rows.nextBinding());
        }
        RowSet cut = RowSetStream.create(Var.varList(rows.getResultVars()), kept.iterator());
        return QueryResult.truncatedRows(ResultSet.adapt(cut).rewindable());
    }

    private QueryExecution build(Query query) {
        var builder = QueryExecution.dataset(dataset).query(query);
        if (!timeout.isZero() && !timeout.isNegative()) {
            builder = builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }

    /** "10 s", "2.5 s", "500 ms". */
    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
