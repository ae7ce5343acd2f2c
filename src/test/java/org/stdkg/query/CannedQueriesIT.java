package org.stdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

/**
 * Every canned query on the seeds, built by the real pipeline (sentences, resolution, RDF with
 * evidence, TDB2 and text index) from the facts of {@code seed-facts.tsv}, which
 * {@link ScriptedFacts} places in the seeds' real sentences: the queries' logic is checked on known
 * values, whatever the extraction rules find. {@code QueryServerIT} runs the same queries over HTTP
 * on the real extraction.
 */
class CannedQueriesIT {

    @TempDir
    static Path dir;

    static GraphStore store;
    static QueryRunner runner;
    static final QueryCatalogue CATALOGUE = QueryCatalogue.bundled();

    static final Set<String> SC42_PUBLISHED = Set.of("ISO/IEC 42001", "ISO/IEC 22989", "ISO/IEC 23894", "ISO/IEC 23053", "ISO/IEC TS 4213",
            "ISO/IEC TR 24027", "ISO/IEC TR 24028");
    static final Set<String> SC42_IN_DEVELOPMENT = Set.of("ISO/IEC 42005", "ISO/IEC 42006");

    @BeforeAll
    static void build() {
        store = GraphStore.open(StoreConfiguration.bundled(dir.resolve("db"), Duration.ofSeconds(10)));
        SeedStore.build(store, SeedStore.scriptedFacts());
        runner = new QueryRunner(store.dataset(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    /** Runs a canned query; each row as variable to lexical form (literals) or IRI. */
    static List<Map<String, String>> run(String name, String... params) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            given.put(params[i], params[i + 1]);
        }
        QueryBinder.Bound bound = QueryBinder.bind(CATALOGUE.get(name).orElseThrow(), given);
        ResultSet rs = runner.run(bound.query()).rows();
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new HashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, text(s.get(v))));
            rows.add(row);
        }
        return rows;
    }

    static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    static Set<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(v -> v != null).collect(Collectors.toCollection(TreeSet::new));
    }

    static Map<String, String> rowWith(List<Map<String, String>> rows, String var, String value) {
        return rows.stream().filter(r -> value.equals(r.get(var))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + var + " = " + value + " in " + rows));
    }

    @Test
    void everyQueryRunsWithItsDefaults() {
        assertTrue(CATALOGUE.names().size() >= 15, CATALOGUE.names().toString());
        for (CannedQuery q : CATALOGUE.all()) {
            List<Map<String, String>> rows = run(q.name());
            assertTrue(rows.size() >= 0, q.name());
        }
    }

    @Test
    void standardsByCommitteeListsSc42StandardsWithStatus() {
        List<Map<String, String>> rows = run("standards-by-committee");
        Set<String> published = rows.stream().filter(r -> "published".equals(r.get("status"))).map(r -> r.get("notation"))
                .collect(Collectors.toSet());
        Set<String> developing = rows.stream().filter(r -> "in development".equals(r.get("status"))).map(r -> r.get("notation"))
                .collect(Collectors.toSet());
        assertEquals(SC42_PUBLISHED, published);
        assertEquals(SC42_IN_DEVELOPMENT, developing);
        assertEquals(9, rows.size());
        // Published first.
        assertEquals("published", rows.get(0).get("status"));
        assertEquals("in development", rows.get(rows.size() - 1).get("status"));
        assertEquals("AI management system", rowWith(rows, "notation", "ISO/IEC 42001").get("titles"));
    }

    @Test
    void standardsByCommitteeMatchesNotationVariants() {
        for (String variant : List.of("JTC1/SC42", "jtc 1/sc 42", "ISO/IEC JTC1/SC 42", "SC 42")) {
            assertEquals(9, run("standards-by-committee", "committee", variant).size(), variant);
        }
        assertEquals(0, run("standards-by-committee", "committee", "JTC 1/SC 43").size());
    }

    @Test
    void committeeStatusCountsPublishedAndInDevelopment() {
        Map<String, String> sc42 = rowWith(run("committee-status"), "label", "ISO/IEC JTC 1/SC 42");
        assertEquals("7", sc42.get("published"));
        assertEquals("2", sc42.get("inDevelopment"));
        assertEquals("0", sc42.get("noStatus"));
        assertEquals("9", sc42.get("total"));
        assertEquals(1, run("committee-status", "committee", "JTC1/SC42").size());
    }

    @Test
    void committeeTreeOfIsoHasJtc1ThenSc42() {
        List<Map<String, String>> rows = run("committee-tree");
        Map<String, String> jtc1 = rowWith(rows, "unitLabel", "ISO/IEC JTC 1");
        assertEquals("1", jtc1.get("depth"));
        assertEquals("Committee", jtc1.get("unitClass"));
        Map<String, String> sc42 = rowWith(rows, "unitLabel", "ISO/IEC JTC 1/SC 42");
        assertEquals("2", sc42.get("depth"));
        assertEquals("ISO/IEC JTC 1", sc42.get("parentLabel"));
        assertEquals(Set.of("ISO/IEC JTC 1", "ISO/IEC JTC 1/SC 42"), column(run("committee-tree", "org", "IEC"), "unitLabel"));
        assertTrue(run("committee-tree", "org", "ITU").isEmpty());
    }

    @Test
    void organisationTopicsReachTopicsThroughCommittees() {
        List<Map<String, String>> rows = run("organisation-topics", "org", "ISO");
        assertEquals(Set.of("artificial intelligence"), column(rows, "topicLabel"));
        assertEquals(Set.of("International Organization for Standardization"), column(rows, "label"));
    }

    @Test
    void eventsInRangeWithPlacesAndOrganisers() {
        List<Map<String, String>> rows = run("events");
        Map<String, String> expo = rowWith(rows, "label", "IoT Tech Expo Global 2023");
        assertEquals("2023-11-30", expo.get("start"));
        assertEquals("2023-12-01", expo.get("end"));
        assertTrue(expo.get("places").contains("London"), expo.toString());
        assertTrue(expo.get("places").contains("United Kingdom"), expo.toString());
        // Overlap at the precision given.
        assertEquals(1, run("events", "from", "2023-12", "to", "2024").size());
        assertEquals(1, run("events", "from", "2023", "to", "2023").size());
        assertEquals(1, run("events", "from", "2023-11-30", "to", "2023-11-30").size());
        assertEquals(0, run("events", "from", "2023-12-02").size());
        assertEquals(0, run("events", "to", "2023-11-29").size());
    }

    @Test
    void commitmentsWithCommitterEventAndStatement() {
        List<Map<String, String>> rows = run("commitments");
        Map<String, String> c = rowWith(rows, "text", "Enhance public-private collaboration on AI capacity building");
        for (String org : List.of("International Electrotechnical Commission", "International Organization for Standardization",
                "International Telecommunication Union")) {
            assertTrue(c.get("committedBy").contains(org), c.toString());
        }
        assertEquals("International Summit on AI Standards", c.get("madeAt"));
        assertEquals("Seoul Statement", c.get("statedIn"));
        assertEquals(1, run("commitments", "org", "ITU").size());
        assertEquals(0, run("commitments", "org", "WEF").size());
    }

    @Test
    void peopleWithRolesAndAffiliations() {
        List<Map<String, String>> rows = run("people");
        assertEquals(Set.of("Jo Cops", "Seizo Onoe", "Sung Hwan Cho"), column(rows, "name"));
        Map<String, String> onoe = rowWith(rows, "name", "Seizo Onoe");
        assertEquals("Director of the Telecommunication Standardization Bureau", onoe.get("roles"));
        assertEquals("International Telecommunication Union", onoe.get("affiliations"));
        assertEquals(Set.of("Jo Cops"), column(run("people", "org", "IEC"), "name"));
    }

    @Test
    void entityByNameAndByIri() {
        List<Map<String, String>> rows = run("entity");
        Map<String, String> developedBy = rowWith(rows, "property", "https://w3id.org/stdkg/ontology#developedBy");
        assertEquals("ISO/IEC JTC 1/SC 42", developedBy.get("valueLabel"));
        assertEquals("out", developedBy.get("direction"));
        assertEquals("Standard", developedBy.get("class"));
        assertEquals("https://w3id.org/stdkg/ontology#Published", rowWith(rows, "property", "https://w3id.org/stdkg/ontology#status").get("value"));
        String sc42 = developedBy.get("value");
        List<Map<String, String>> byIri = run("entity", "entity", sc42);
        Set<String> developed = byIri.stream().filter(r -> "in".equals(r.get("direction"))).map(r -> r.get("valueLabel"))
                .collect(Collectors.toSet());
        assertTrue(developed.containsAll(SC42_PUBLISHED), developed.toString());
        assertTrue(run("entity", "entity", "http://localhost:3030/id/standard/no-such-thing").isEmpty());
    }

    @Test
    void evidenceGivesSentenceDocumentAndOffsets() {
        List<Map<String, String>> rows = run("evidence", "predicate", "developedBy");
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> r = rows.get(0);
        assertTrue(r.get("sentence").startsWith("ISO/IEC 42001 is the flagship AI management system standard"), r.toString());
        assertTrue(r.get("document").endsWith("004_41f0ccb0a6d27207.txt"), r.toString());
        assertTrue(Integer.parseInt(r.get("end")) > Integer.parseInt(r.get("start")));
        assertEquals(ScriptedFacts.RULE, r.get("rule"));
        assertEquals(1, run("evidence", "predicate", "https://w3id.org/stdkg/ontology#developedBy", "object", "JTC1/SC42").size());
        assertEquals(0, run("evidence", "predicate", "developedBy", "object", "ISO").size());
        assertEquals(1, run("evidence", "predicate", "title", "object", "AI management system").size());
    }

    @Test
    void standardsMentioningAWordInTheirEvidence() {
        Set<String> notations = column(run("standards-mentioning"), "notation");
        assertEquals(Set.of("ISO/IEC TR 24028", "ISO 19079"), notations);
        assertEquals(Set.of("ISO/IEC 42001"), column(run("standards-mentioning", "word", "flagship"), "notation"));
        // Case- and accent-insensitive; Lucene syntax is only text.
        assertEquals(notations, column(run("standards-mentioning", "word", "TRÜSTWORTHINESS"), "notation"));
        assertTrue(run("standards-mentioning", "word", "\"} ; DROP ALL #").isEmpty());
    }

    @Test
    void factsMentioningAWord() {
        List<Map<String, String>> rows = run("facts-mentioning", "word", "expo");
        assertTrue(column(rows, "p").contains("https://schema.org/startDate"), rows.toString());
    }

    @Test
    void organisationsMentionedTogether() {
        List<Map<String, String>> rows = run("organisations-together");
        Map<String, String> isoIec = rows.stream()
                .filter(r -> Set.of(r.get("aLabel"), r.get("bLabel"))
                        .equals(Set.of("International Organization for Standardization", "International Electrotechnical Commission")))
                .findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
        assertEquals("2", isoIec.get("documents"));
        assertTrue(Integer.parseInt(isoIec.get("sentences")) >= 1, isoIec.toString());
        for (Map<String, String> r : run("organisations-together", "org", "ITU")) {
            assertTrue(r.get("aLabel").equals("International Telecommunication Union") || r.get("bLabel").equals("International Telecommunication Union"));
        }
    }

    @Test
    void standardsPerTopic() {
        Map<String, String> ai = rowWith(run("standards-by-topic"), "topicLabel", "artificial intelligence");
        assertEquals("9", ai.get("standards"));
        assertTrue(ai.get("notations").contains("ISO/IEC 42006"));
        assertEquals(1, run("standards-by-topic", "topic", "AI").size());
    }

    @Test
    void entitiesOfOneDocument() {
        for (String doc : List.of("000_4c18e10789c3dabd", "000_4c18e10789c3dabd.txt", "http://localhost:3030/id/sourcedocument/000_4c18e10789c3dabd",
                "http://localhost:3030/graph/document/000_4c18e10789c3dabd")) {
            List<Map<String, String>> rows = run("document-entities", "document", doc);
            assertTrue(column(rows, "label").contains("Seizo Onoe"), doc);
            assertFalse(column(rows, "label").contains("ISO/IEC 42001"), doc);
            assertEquals("Person", rowWith(rows, "label", "Seizo Onoe").get("class"));
        }
        assertTrue(run("document-entities", "document", "nothing.txt").isEmpty());
    }

    @Test
    void datasetOverviewCountsClassesAndRelations() {
        List<Map<String, String>> rows = run("dataset-overview");
        Map<String, String> people = rows.stream().filter(r -> r.get("term").equals("https://w3id.org/stdkg/ontology#Person")).findFirst()
                .orElseThrow();
        assertEquals("class", people.get("kind"));
        assertEquals("3", people.get("count"));
        Map<String, String> developedBy = rowWith(rows, "term", "https://w3id.org/stdkg/ontology#developedBy");
        assertEquals("relation", developedBy.get("kind"));
        assertEquals("9", developedBy.get("count"));
        // Two documents, the ontology and kg:merged.
        assertEquals("4", rowWith(rows, "term", "named graphs").get("count"));
    }

    @Test
    void standardsFilteredByStatus() {
        assertEquals(SC42_IN_DEVELOPMENT, column(run("standards", "status", "inDevelopment"), "notation"));
        assertEquals(SC42_IN_DEVELOPMENT, column(run("standards", "status", "in development"), "notation"));
        assertEquals(Set.of("ISO 19079"), column(run("standards", "status", "unknown"), "notation"));
        assertTrue(column(run("standards"), "notation").containsAll(SC42_PUBLISHED));
    }

    @Test
    void standardsByPublisher() {
        List<Map<String, String>> rows = run("standards-by-publisher");
        Map<String, String> r = rowWith(rows, "notation", "ISO/IEC 42001");
        assertTrue(r.get("publishers").contains("International Electrotechnical Commission"), r.toString());
        assertEquals("published", r.get("status"));
        assertEquals(Set.of("ISO/IEC 42001", "ISO 19079"), column(rows, "notation"));
        assertEquals(Set.of("ISO/IEC 42001"), column(run("standards-by-publisher", "publisher", "IEC"), "notation"));
    }

    @Test
    void organisationsWithMembershipsAndCounts() {
        Map<String, String> iso = rowWith(run("organisations"), "label", "International Organization for Standardization");
        assertEquals("World Standards Cooperation", iso.get("memberOf"));
        assertTrue(iso.get("aliases").contains("ISO"));
        assertEquals("2", iso.get("standards"));
        assertEquals("1", iso.get("events"));
        assertEquals("1", iso.get("commitments"));
    }

    @Test
    void publicationsWithTheirCommitments() {
        Map<String, String> seoul = rowWith(run("publications"), "label", "Seoul Statement");
        assertEquals("1", seoul.get("commitments"));
    }

    @Test
    void documentsWithCounts() {
        List<Map<String, String>> rows = run("documents");
        assertEquals(2, rows.size());
        for (Map<String, String> r : rows) {
            assertTrue(Integer.parseInt(r.get("entities")) > 0, r.toString());
            assertTrue(r.get("graph").startsWith("http://localhost:3030/graph/document/"));
        }
    }

    @Test
    void injectionAttemptIsALiteral() {
        for (CannedQuery q : CATALOGUE.all()) {
            for (QueryParam p : q.params()) {
                if (p.type() == ParamType.DATE || p.type() == ParamType.INTEGER || p.type() == ParamType.IRI) {
                    continue;
                }
                Map<String, String> given = Map.of(p.name(), "\"} ; DROP ALL #");
                QueryBinder.Bound bound = QueryBinder.bind(q, given);
                // Still the same query: no new clause, the value is one string term.
                assertEquals(QueryFactory.create(q.text()).getResultVars(), bound.query().getResultVars(), q.name());
                runner.run(bound.query());
            }
        }
        assertTrue(run("standards-by-committee", "committee", "\"} ; DROP ALL #").isEmpty());
        assertEquals(9, run("standards-by-committee").size(), "the data is still there");
    }

    @Test
    void runawayQueryIsCutAtTheTimeout() {
        QueryRunner quick = new QueryRunner(store.dataset(), Duration.ofMillis(1500));
        QueryTimeoutException e = assertThrows(QueryTimeoutException.class,
                () -> quick.run(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")));
        assertEquals("query timed out after 1.5 s", e.getMessage());
    }
}
