package org.stdkg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;

/**
 * The formats query results are written in: an aligned text table (ARQ's), CSV, TSV and SPARQL
 * JSON, plus HTML (written by the server). Graph results are written as Turtle for text and as
 * JSON-LD for json.
 */
public enum ResultFormat {

    TEXT("text/plain"),
    CSV("text/csv"),
    TSV("text/tab-separated-values"),
    JSON("application/sparql-results+json"),
    HTML("text/html");

    private final String mediaType;

    ResultFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ResultFormat> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String known(ResultFormat... formats) {
        return Arrays.stream(formats).map(ResultFormat::id).collect(Collectors.joining(", "));
    }

    /**
     * Writes a result in this format (not HTML).
     *
     * @param prefixes used by the text table to shorten IRIs
     * @throws QueryException when the format cannot carry this kind of result (a graph as CSV)
     */
    public void write(QueryResult result, OutputStream out, PrefixMapping prefixes) {
        if (this == HTML) {
            throw new IllegalStateException("HTML is written by the server");
        }
        if (result.isRows()) {
            switch (this) {
                case TEXT:
                    ResultSetFormatter.out(out, result.rows(), prefixes);
                    break;
                case CSV:
                    ResultSetMgr.write(out, result.rows(), ResultSetLang.RS_CSV);
                    break;
                case TSV:
                    ResultSetMgr.write(out, result.rows(), ResultSetLang.RS_TSV);
                    break;
                default:
                    ResultSetMgr.write(out, result.rows(), ResultSetLang.RS_JSON);
                    break;
            }
        } else if (result.isAnswer()) {
            switch (this) {
                case TEXT:
                    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                    ps.println(result.answer() ? "yes" : "no");
                    ps.flush();
                    break;
                case CSV:
                    ResultSetMgr.write(out, result.answer(), ResultSetLang.RS_CSV);
                    break;
                case TSV:
                    ResultSetMgr.write(out, result.answer(), ResultSetLang.RS_TSV);
                    break;
                default:
                    ResultSetMgr.write(out, result.answer(), ResultSetLang.RS_JSON);
                    break;
            }
        } else {
            if (this == CSV || this == TSV) {
                throw new QueryException("a graph result cannot be written as " + id() + " (use text or json)");
            }
            RDFDataMgr.write(out, result.graph(), this == TEXT ? Lang.TURTLE : Lang.JSONLD);
        }
    }
}
