package org.stdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

/** Validation and binding of parameter values. */
class QueryBinderTest {

    static final CannedQuery QUERY = CannedQuery.parse("test", """
            # title: Test
            # description: Every parameter type.
            # param: name (name) default=ISO — a name
            # param: entity (entity) default=ISO/IEC 42001 — an entity
            # param: text (string) default= — a string
            # param: iri (iri) default=http://localhost:3030/id/organisation/iso — an IRI
            # param: from (date) default=2023 — a date
            # param: count (integer) default=10 — a number
            # param: word (text) default=trustworthiness — words
            # param: needed (string) — required
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?s WHERE {
              ?s rdfs:label ?label .
              FILTER(?label = ?name || ?name_key = "" || ?s = ?entity || ?entity_key = "" || ?label = ?text || ?s = ?iri
                     || STR(?from) = "" || ?count > 0 || ?word = "" || ?needed = "")
            }
            """);

    static QueryBinder.Bound bind(String... params) {
        Map<String, String> given = new java.util.LinkedHashMap<>();
        given.put("needed", "yes");
        for (int i = 0; i < params.length; i += 2) {
            given.put(params[i], params[i + 1]);
        }
        return QueryBinder.bind(QUERY, given);
    }

    static Node term(QueryBinder.Bound bound, String var) {
        return bound.bindings().get(Var.alloc(var));
    }

    static ParameterException refused(String... params) {
        return assertThrows(ParameterException.class, () -> bind(params));
    }

    @Test
    void defaultsFillWhatIsNotGiven() {
        QueryBinder.Bound b = bind();
        assertEquals("ISO", b.values().get("name"));
        assertEquals("ISO", term(b, "name").getLiteralLexicalForm());
        assertEquals("iso", term(b, "name_key").getLiteralLexicalForm());
        assertEquals("isoiec42001", term(b, "entity_key").getLiteralLexicalForm());
        assertTrue(term(b, "entity").isLiteral());
        assertTrue(term(b, "iri").isURI());
        assertEquals(XSDDatatype.XSDgYear.getURI(), term(b, "from").getLiteralDatatypeURI());
        assertEquals(XSDDatatype.XSDinteger.getURI(), term(b, "count").getLiteralDatatypeURI());
    }

    @Test
    void boundQueryHasNoParameterVariablesLeft() {
        String text = bind().query().toString();
        for (String v : new String[] {"?name", "?entity", "?text", "?iri", "?from", "?count", "?word", "?needed"}) {
            assertFalse(text.matches("(?s).*\\" + v + "(?![A-Za-z0-9_]).*"), v + " left in " + text);
        }
        assertTrue(text.contains("\"iso\""), text);
    }

    @Test
    void unknownParameterIsRefusedNamingIt() {
        ParameterException e = refused("colour", "red");
        assertEquals("colour", e.parameter());
        assertTrue(e.getMessage().startsWith("unknown parameter 'colour' for query 'test' (known: name, entity,"), e.getMessage());
    }

    @Test
    void missingRequiredParameterIsRefusedNamingIt() {
        ParameterException e = assertThrows(ParameterException.class, () -> QueryBinder.bind(QUERY, Map.of()));
        assertEquals("needed", e.parameter());
        assertTrue(e.getMessage().startsWith("missing required parameter 'needed'"), e.getMessage());
    }

    @Test
    void iriMustBeAbsoluteAndClean() {
        assertEquals("iri", refused("iri", "iso").parameter());
        assertTrue(refused("iri", "iso").getMessage().contains("absolute IRI"));
        for (String bad : new String[] {"http://x y", "http://x/<a>", "http://x/\"", "http://x/{a}", "http://x/a|b", "http://x/^",
                "http://x/`", "http://x/\\a", ""}) {
            ParameterException e = refused("iri", bad);
            assertEquals("iri", e.parameter(), bad);
            assertEquals(1, e.getMessage().lines().count());
        }
        assertEquals("urn:isbn:123", term(bind("iri", "urn:isbn:123"), "iri").getURI());
        assertEquals("https://w3id.org/stdkg/ontology#Standard", term(bind("iri", "https://w3id.org/stdkg/ontology#Standard"), "iri").getURI());
    }

    @Test
    void entityIsAnIriOnlyWhenItIsOne() {
        assertTrue(term(bind("entity", "http://localhost:3030/id/standard/iso-iec-42001"), "entity").isURI());
        assertTrue(term(bind("entity", "ISO/IEC 42001"), "entity").isLiteral());
        assertTrue(term(bind("entity", "http://x y"), "entity").isLiteral());
        assertTrue(term(bind("entity", "JTC1:SC42"), "entity").isLiteral());
    }

    @Test
    void datesAreYearMonthOrDay() {
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), term(bind("from", "2023-11"), "from").getLiteralDatatypeURI());
        assertEquals(XSDDatatype.XSDdate.getURI(), term(bind("from", "2024-02-29"), "from").getLiteralDatatypeURI());
        for (String bad : new String[] {"23", "2023-1", "2023-13", "2023-02-30", "2023/11/30", "30 November 2023", "2023-11-30T10:00"}) {
            ParameterException e = refused("from", bad);
            assertEquals("from", e.parameter(), bad);
        }
    }

    @Test
    void integersAreWholeNumbers() {
        assertEquals("5", term(bind("count", "+5"), "count").getLiteralLexicalForm());
        assertEquals("count", refused("count", "5.5").parameter());
        assertEquals("count", refused("count", "ten").parameter());
    }

    @Test
    void stringsAreBounded() {
        bind("text", "x".repeat(QueryBinder.MAX_LENGTH));
        ParameterException e = refused("text", "x".repeat(QueryBinder.MAX_LENGTH + 1));
        assertEquals("parameter 'text' is longer than 1000 characters", e.getMessage());
        assertEquals("text", refused("text", "a\u0000b").parameter());
    }

    @Test
    void fullTextWordsAreEscapedForLucene() {
        assertEquals("trust\\* and \\(ai\\) \\\"x\\\" title\\:y", term(bind("word", "Trust* AND (AI) \"x\" title:y"), "word").getLiteralLexicalForm());
        assertEquals("word", refused("word", "  ").parameter());
    }

    @Test
    void injectionIsOneLiteral() {
        String attack = "\"} ; DROP ALL #";
        QueryBinder.Bound b = bind("name", attack, "text", attack);
        assertEquals(attack, term(b, "name").getLiteralLexicalForm());
        Query reparsed = QueryFactory.create(b.query().serialize());
        assertEquals(b.query().getResultVars(), reparsed.getResultVars());
        assertTrue(reparsed.isSelectType());
        assertTrue(b.query().serialize().contains("\"\\\"} ; DROP ALL #\""), b.query().serialize());
    }
}
