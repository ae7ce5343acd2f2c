package org.stdkg.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.stdkg.extract.Names;

/**
 * Binds parameter values to a canned query, safely: each value is validated for its
 * {@link ParamType} and becomes one RDF term (a literal or an IRI) that replaces the parameter's
 * variable in the parsed query ({@link QueryTransformOps#replaceVars}). Values are never pasted
 * into the query text, so a value such as {@code "} ; DROP ALL #} is only ever a string.
 *
 * <p>Refused, with a one-line {@link ParameterException} naming the parameter: an unknown
 * parameter, a missing required one, a value longer than {@value #MAX_LENGTH} characters or with
 * control characters, an IRI that is not absolute or contains characters IRIs cannot contain, a
 * date that is not {@code YYYY[-MM[-DD]]}, a non-integer integer, blank full-text words.
 */
public final class QueryBinder {

    /** The longest value accepted, in characters. */
    public static final int MAX_LENGTH = 1000;

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    /** Characters that may not appear in an IRI (RFC 3987), nor in a SPARQL IRI reference. */
    private static final Pattern NOT_IN_IRI = Pattern.compile("[\\s<>\"{}|^`\\\\\\p{Cntrl}]");
    private static final Pattern ENTITY_IRI = Pattern.compile("(?i)(https?|urn):\\S+");

    private QueryBinder() {
    }

    /**
     * A query with its parameters bound.
     *
     * @param source the canned query
     * @param values every parameter's effective value (given, else default), in declaration order
     * @param bindings the variables replaced and their terms
     * @param query the query with the variables replaced, ready to run
     */
    public record Bound(CannedQuery source, Map<String, String> values, Map<Var, Node> bindings, Query query) {

        public Bound {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            bindings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
        }
    }

    /**
     * Validates the given values against the query's parameters, fills in defaults and binds them.
     *
     * @param given parameter name to raw value; missing parameters take their default
     * @throws ParameterException naming the first offending parameter
     */
    public static Bound bind(CannedQuery query, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (query.param(name).isEmpty()) {
                String known = query.params().isEmpty() ? "it has none"
                        : "known: " + query.params().stream().map(QueryParam::name).collect(Collectors.joining(", "));
                throw new ParameterException(name, "unknown parameter '" + name + "' for query '" + query.name() + "' (" + known + ")");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<Var, Node> bindings = new LinkedHashMap<>();
        for (QueryParam p : query.params()) {
            String value = given.get(p.name());
            if (value == null) {
                if (p.required()) {
                    throw new ParameterException(p.name(), "missing required parameter '" + p.name() + "' (" + p.type().id() + ": "
                            + p.description() + ")");
                }
                value = p.defaultValue();
            }
            values.put(p.name(), value);
            bindings.put(Var.alloc(p.name()), term(p, value));
            if (p.type().hasKey()) {
                bindings.put(Var.alloc(p.name() + "_key"), NodeFactory.createLiteralString(Names.key(value)));
            }
        }
        Query parsed = query.parsed();
        Query bound;
        try {
            bound = bindings.isEmpty() ? parsed : QueryTransformOps.replaceVars(parsed, bindings);
        } catch (RuntimeException e) {
            // QueryScopeException: a parameter variable is also assigned in the query (AS ?x, VALUES).
            throw new QueryDefinitionException(query.name() + ": cannot bind parameters (" + CannedQuery.firstLine(e.getMessage()) + ")", e);
        }
        return new Bound(query, values, bindings, bound);
    }

    /** The RDF term a valid value of a parameter stands for. */
    static Node term(QueryParam p, String value) {
        String name = p.name();
        if (value.length() > MAX_LENGTH) {
            throw new ParameterException(name, "parameter '" + name + "' is longer than " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw new ParameterException(name, "parameter '" + name + "' contains control characters");
        }
        switch (p.type()) {
            case STRING:
            case NAME:
                return NodeFactory.createLiteralString(value);
            case ENTITY:
                return isEntityIri(value) ? NodeFactory.createURI(value) : NodeFactory.createLiteralString(value);
            case IRI:
                return NodeFactory.createURI(checkIri(name, value));
            case DATE:
                return date(name, value);
            case INTEGER:
                if (!INTEGER.matcher(value).matches()) {
                    throw new ParameterException(name, "parameter '" + name + "' must be an integer, not '" + value + "'");
                }
                return NodeFactory.createLiteralDT(value.startsWith("+") ? value.substring(1) : value, XSDDatatype.XSDinteger);
            case TEXT:
                if (value.isBlank()) {
                    throw new ParameterException(name, "parameter '" + name + "' must not be empty");
                }
                return NodeFactory.createLiteralString(luceneWords(value));
            default:
                throw new IllegalStateException("unhandled parameter type " + p.type());
        }
    }

    /**
     * User words as a Lucene query that means just those words: lower-cased (so AND, OR and NOT
     * are words, not operators; the index is lower-cased anyway) and with every character of the
     * query syntax escaped.
     */
    public static String luceneWords(String words) {
        return QueryParserBase.escape(words.strip().toLowerCase(Locale.ROOT));
    }

    /** An entity value is an IRI when it is a valid absolute http(s) or urn IRI; anything else is a name. */
    static boolean isEntityIri(String value) {
        if (!ENTITY_IRI.matcher(value).matches() || NOT_IN_IRI.matcher(value).find()) {
            return false;
        }
        try {
            return !IRIx.create(value).isRelative();
        } catch (IRIException e) {
            return false;
        }
    }

    static String checkIri(String name, String value) {
        Matcher bad = NOT_IN_IRI.matcher(value);
        if (value.isEmpty()) {
            throw new ParameterException(name, "parameter '" + name + "' must be an absolute IRI, not empty");
        }
        if (bad.find()) {
            String c = bad.group();
            String shown = Character.isWhitespace(c.charAt(0)) || Character.isISOControl(c.charAt(0))
                    ? String.format("U+%04X", (int) c.charAt(0)) : "'" + c + "'";
            throw new ParameterException(name, "parameter '" + name + "' is not a valid IRI: it contains " + shown);
        }
        IRIx iri;
        try {
            iri = IRIx.create(value);
        } catch (IRIException e) {
            throw new ParameterException(name, "parameter '" + name + "' is not a valid IRI (" + CannedQuery.firstLine(e.getMessage()) + ")");
        }
        if (iri.isRelative()) {
            throw new ParameterException(name, "parameter '" + name + "' must be an absolute IRI (with a scheme such as http:), not '"
                    + value + "'");
        }
        return value;
    }

    static Node date(String name, String value) {
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            throw new ParameterException(name, "parameter '" + name + "' must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'");
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(3) != null) {
                LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            }
            if (m.group(2) != null) {
                LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYearMonth);
            }
        } catch (DateTimeException e) {
            throw new ParameterException(name, "parameter '" + name + "' is not a valid date: '" + value + "'");
        }
        return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYear);
    }
}
