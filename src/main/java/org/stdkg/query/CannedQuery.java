package org.stdkg.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * A SPARQL query with a name, a title, a description and typed parameters, read from a
 * {@code .rq} file whose header comment describes it:
 *
 * <pre>
 * # title: Standards by committee
 * # description: The standards a committee is responsible for,
 * #   with notation, title and status.
 * # param: committee (name) default=ISO/IEC JTC 1/SC 42 — the committee's notation or name
 * # param: from (date) — a required parameter: no default
 * PREFIX …
 * SELECT … WHERE { … ?committee_key … }
 * </pre>
 *
 * <p>The header is the run of comment lines at the top of the file. A comment line indented by two
 * or more spaces after {@code #} continues the field above it; other comment lines are free text.
 * {@code default=} up to the em dash is the default value (optionally in double quotes; empty is
 * allowed); without it the parameter is required. Each parameter binds the variable of its name
 * (and {@code ?NAME_key} for the types that have a key), which the query must use.
 *
 * @param name the query's name: the file name without {@code .rq}
 * @param title one line
 * @param description one paragraph
 * @param params the parameters, in header order
 * @param text the whole file, header included
 */
public record CannedQuery(String name, String title, String description, List<QueryParam> params, String text) {

    /** Names of queries and parameters: a letter, then letters, digits, '-' or '_'. */
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private static final Pattern FIELD = Pattern.compile("^#\\s?(title|description|param)\\s*:\\s*(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^#\\s{2,}(\\S.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^([A-Za-z][A-Za-z0-9_]*)\\s*\\(\\s*([a-z]+)\\s*\\)\\s*(?:default=(.*?))?\\s*\u2014\\s*(.*)$");

    public CannedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        params = List.copyOf(params);
        Objects.requireNonNull(text, "text");
    }

    public Optional<QueryParam> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** The parsed SPARQL, a new object on each call (queries are mutable). */
    public Query parsed() {
        try {
            return QueryFactory.create(text);
        } catch (org.apache.jena.query.QueryException e) {
            throw new QueryDefinitionException(name + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Reads a query file. Title and description default to the name and "" when the header has none
     * ({@link QueryCatalogue} requires both).
     *
     * @throws QueryDefinitionException for a malformed header, an unused parameter or invalid SPARQL
     */
    public static CannedQuery parse(String name, String text) {
        if (!NAME.matcher(name).matches()) {
            throw new QueryDefinitionException(name + ": a query name is a letter followed by letters, digits, '-' or '_'");
        }
        String title = null;
        StringBuilder description = null;
        List<String[]> rawParams = new ArrayList<>();
        // Which field a continuation line extends: "title", "description" or the index of a param.
        Object last = null;
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) {
                    continue;
                }
                break;
            }
            Matcher field = FIELD.matcher(l);
            Matcher continuation = CONTINUATION.matcher(line.stripLeading());
            if (field.matches()) {
                String key = field.group(1);
                String value = field.group(2).strip();
                if (key.equals("title")) {
                    if (title != null) {
                        throw new QueryDefinitionException(name + ": two title lines");
                    }
                    title = value;
                    last = "title";
                } else if (key.equals("description")) {
                    if (description != null) {
                        throw new QueryDefinitionException(name + ": two description lines");
                    }
                    description = new StringBuilder(value);
                    last = "description";
                } else {
                    rawParams.add(new String[] {value});
                    last = rawParams.size() - 1;
                }
            } else if (continuation.matches() && last != null) {
                String more = continuation.group(1).strip();
                if ("title".equals(last)) {
                    title = title + " " + more;
                } else if ("description".equals(last)) {
                    description.append(' ').append(more);
                } else {
                    int i = (Integer) last;
                    rawParams.set(i, new String[] {rawParams.get(i)[0] + " " + more});
                }
            } else {
                last = null;
            }
        }
        List<QueryParam> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String[] raw : rawParams) {
            QueryParam p = parseParam(name, raw[0]);
            if (!seen.add(p.name())) {
                throw new QueryDefinitionException(name + ": parameter '" + p.name() + "' declared twice");
            }
            params.add(p);
        }
        CannedQuery query = new CannedQuery(name, title == null ? name : title, description == null ? "" : description.toString(),
                params, text);
        Query parsed = query.parsed();
        for (QueryParam p : params) {
            // A parameter's variable is replaced by its value everywhere: it cannot also be a result column.
            if (parsed.isSelectType() && !parsed.isQueryResultStar()
                    && parsed.getProjectVars().contains(org.apache.jena.sparql.core.Var.alloc(p.name()))) {
                throw new QueryDefinitionException(name + ": parameter '" + p.name() + "' is also a result variable (?" + p.name()
                        + "); rename one of them");
            }
            Pattern use = Pattern.compile("[?$]" + Pattern.quote(p.name()) + (p.type().hasKey() ? "(_key)?" : "") + "(?![A-Za-z0-9_])");
            if (!use.matcher(parsed.toString()).find()) {
                throw new QueryDefinitionException(name + ": parameter '" + p.name() + "' is declared but the query does not use ?"
                        + p.name() + (p.type().hasKey() ? " or ?" + p.name() + "_key" : ""));
            }
        }
        return query;
    }

    private static QueryParam parseParam(String query, String line) {
        Matcher m = PARAM.matcher(line);
        if (!m.matches()) {
            throw new QueryDefinitionException(query + ": malformed param line '" + line
                    + "' (expected: NAME (TYPE) [default=VALUE] \u2014 meaning)");
        }
        String typeId = m.group(2);
        ParamType type = ParamType.of(typeId).orElseThrow(() -> new QueryDefinitionException(
                query + ": parameter '" + m.group(1) + "' has unknown type '" + typeId + "' (known: " + ParamType.known() + ")"));
        String def = m.group(3);
        if (def != null) {
            def = def.strip();
            if (def.length() >= 2 && def.startsWith("\"") && def.endsWith("\"")) {
                def = def.substring(1, def.length() - 1);
            }
        }
        return new QueryParam(m.group(1), type, def, m.group(4).strip());
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
