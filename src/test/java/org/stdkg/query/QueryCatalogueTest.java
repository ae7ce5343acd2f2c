package org.stdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header parsing of query files and the catalogue's checks. */
class QueryCatalogueTest {

    static final String PREFIX = "PREFIX kg: <https://w3id.org/stdkg/ontology#>\n";

    @Test
    void headerGivesTitleDescriptionAndTypedParams() {
        CannedQuery q = CannedQuery.parse("by-committee", """
                # title: Standards by committee
                # description: The standards a committee develops,
                #   with their status.
                # param: committee (name) default=ISO/IEC JTC 1/SC 42 — the committee's notation or name
                # param: from (date) default= — first day; empty for none
                # param: limit (integer) — how many
                #   at most
                """ + PREFIX + "SELECT ?s WHERE { ?s kg:developedBy ?b . FILTER(?committee_key != STR(?from) && ?limit > 0) }\n");
        assertEquals("Standards by committee", q.title());
        assertEquals("The standards a committee develops, with their status.", q.description());
        assertEquals(3, q.params().size());
        QueryParam committee = q.params().get(0);
        assertEquals("committee", committee.name());
        assertEquals(ParamType.NAME, committee.type());
        assertEquals("ISO/IEC JTC 1/SC 42", committee.defaultValue());
        assertEquals("the committee's notation or name", committee.description());
        assertEquals("", q.param("from").orElseThrow().defaultValue());
        QueryParam limit = q.param("limit").orElseThrow();
        assertTrue(limit.required());
        assertNull(limit.defaultValue());
        assertEquals("how many at most", limit.description());
    }

    @Test
    void quotedDefaultKeepsItsSpaces() {
        CannedQuery q = CannedQuery.parse("q", "# param: word (string) default=\" a b \" \u2014 words\n" + PREFIX
                + "SELECT ?s WHERE { ?s ?p ?word }\n");
        assertEquals(" a b ", q.params().get(0).defaultValue());
    }

    @Test
    void headerEndsAtTheFirstNonCommentLine() {
        CannedQuery q = CannedQuery.parse("q", "# title: T\n" + PREFIX + "# param: x (string) default=1 \u2014 not a header line\n"
                + "SELECT ?s WHERE { ?s ?p ?o }\n");
        assertEquals("T", q.title());
        assertTrue(q.params().isEmpty());
    }

    @Test
    void withoutHeaderTitleIsTheName() {
        CannedQuery q = CannedQuery.parse("adhoc", "SELECT * WHERE { ?s ?p ?o }");
        assertEquals("adhoc", q.title());
        assertEquals("", q.description());
        assertTrue(q.params().isEmpty());
    }

    @Test
    void malformedParamLineIsRefusedNamingIt() {
        QueryDefinitionException e = assertThrows(QueryDefinitionException.class,
                () -> CannedQuery.parse("q", "# param: committee name default=x\nSELECT * WHERE { ?s ?p ?committee }"));
        assertTrue(e.getMessage().startsWith("q: malformed param line 'committee name default=x'"), e.getMessage());
    }

    @Test
    void unknownTypeIsRefused() {
        QueryDefinitionException e = assertThrows(QueryDefinitionException.class,
                () -> CannedQuery.parse("q", "# param: x (colour) default=red \u2014 c\nSELECT * WHERE { ?s ?p ?x }"));
        assertTrue(e.getMessage().contains("unknown type 'colour'"), e.getMessage());
    }

    @Test
    void duplicateAndUnusedParamsAreRefused() {
        assertTrue(assertThrows(QueryDefinitionException.class, () -> CannedQuery.parse("q",
                "# param: x (string) default=a \u2014 a\n# param: x (string) default=b \u2014 b\nSELECT * WHERE { ?s ?p ?x }"))
                .getMessage().contains("declared twice"));
        assertTrue(assertThrows(QueryDefinitionException.class, () -> CannedQuery.parse("q",
                "# param: unused (string) default=a \u2014 a\nSELECT * WHERE { ?s ?p ?o }"))
                .getMessage().contains("'unused' is declared but the query does not use ?unused"));
        // The comment's text does not count as a use.
        assertThrows(QueryDefinitionException.class, () -> CannedQuery.parse("q",
                "# param: x (string) default=a \u2014 uses ?x\nSELECT * WHERE { ?s ?p ?o } # ?x"));
    }

    @Test
    void paramThatIsAlsoAResultColumnIsRefused() {
        QueryDefinitionException e = assertThrows(QueryDefinitionException.class, () -> CannedQuery.parse("q",
                "# param: topic (name) default= \u2014 t\n" + PREFIX + "SELECT ?topic WHERE { ?topic a kg:Topic FILTER(?topic_key = \"\") }"));
        assertTrue(e.getMessage().contains("'topic' is also a result variable"), e.getMessage());
    }

    @Test
    void invalidSparqlIsRefusedWithTheParserMessage() {
        QueryDefinitionException e = assertThrows(QueryDefinitionException.class, () -> CannedQuery.parse("bad", "SELECT * WHERE { ?s ?p }"));
        assertTrue(e.getMessage().startsWith("bad: ") && e.getMessage().contains("line 1"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void catalogueRequiresTitleDescriptionSelectAndDefaults(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ok.rq"), "# title: OK\n# description: fine\n# param: x (string) default=a \u2014 x\n"
                + "SELECT * WHERE { ?s ?p ?x }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        QueryCatalogue catalogue = QueryCatalogue.fromDirectory(dir);
        assertEquals(List.of("ok"), catalogue.names());

        Files.writeString(dir.resolve("untitled.rq"), "# description: d\nSELECT * WHERE { ?s ?p ?o }\n");
        assertTrue(assertThrows(QueryDefinitionException.class, () -> QueryCatalogue.fromDirectory(dir)).getMessage()
                .equals("untitled: no '# title:' line"));
        Files.delete(dir.resolve("untitled.rq"));

        Files.writeString(dir.resolve("ask.rq"), "# title: A\n# description: d\nASK { ?s ?p ?o }\n");
        assertTrue(assertThrows(QueryDefinitionException.class, () -> QueryCatalogue.fromDirectory(dir)).getMessage()
                .contains("must be SELECT"));
        Files.delete(dir.resolve("ask.rq"));

        Files.writeString(dir.resolve("required.rq"), "# title: R\n# description: d\n# param: x (string) \u2014 x\nSELECT * WHERE { ?s ?p ?x }\n");
        assertTrue(assertThrows(QueryDefinitionException.class, () -> QueryCatalogue.fromDirectory(dir)).getMessage()
                .contains("'x' has no default"));
    }

    @Test
    void bundledCatalogueHasTheAnalystQueries() {
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        assertTrue(catalogue.names().size() >= 15, catalogue.names().toString());
        assertTrue(catalogue.names().containsAll(List.of("standards-by-committee", "committee-status", "committee-tree", "organisation-topics",
                "events", "commitments", "people", "entity", "evidence", "standards-mentioning", "organisations-together",
                "standards-by-topic", "document-entities", "dataset-overview")), catalogue.names().toString());
        assertEquals(ParamType.NAME, catalogue.get("standards-by-committee").orElseThrow().param("committee").orElseThrow().type());
        assertEquals(ParamType.DATE, catalogue.get("events").orElseThrow().param("from").orElseThrow().type());
        // Each runs with no parameters.
        for (CannedQuery q : catalogue.all()) {
            QueryBinder.bind(q, Map.of());
            assertTrue(!q.title().isBlank() && !q.description().isBlank(), q.name());
        }
        assertTrue(catalogue == QueryCatalogue.bundled(), "loaded once");
    }
}
