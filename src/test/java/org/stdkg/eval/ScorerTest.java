package org.stdkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stdkg.eval.Fixtures.assertRow;
import static org.stdkg.eval.Fixtures.gold;
import static org.stdkg.eval.Fixtures.score;
import static org.stdkg.eval.Fixtures.t;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Hand-computed scores; each comment gives the arithmetic. */
class ScorerTest {

    private static final double TWO_THIRDS = 2.0 / 3.0;

    @Test
    void namesMatchAfterNormalisation() {
        GoldFile g = gold("g.tsv", t("entity", "Committee", "JTC 1/SC 42"),
                t("entity", "Standard", "ISO/IEC TR 24028"));
        Score s = score(g, """
                cmt:sc-42 a kg:Committee ; rdfs:label "JTC1/SC42" .
                std:tr-24028 a kg:Standard ; rdfs:label "Trustworthiness overview" ; skos:notation "ISO/IEC TR 24028" .
                """);
        assertRow(s.entity(EntityClass.COMMITTEE), 1, 1, 1, 1.0, 1.0, 1.0);
        assertRow(s.entity(EntityClass.STANDARD), 1, 1, 1, 1.0, 1.0, 1.0);
    }

    @Test
    void secondEntityMatchingSameGoldEntityIsFalsePositive() {
        GoldFile g = gold("g.tsv", t("entity", "Organisation", "International Organization for Standardization|ISO"),
                t("entity", "Organisation", "International Electrotechnical Commission|IEC"));
        // Two extracted entities for ISO (one by acronym, one by long name): one is a duplicate.
        Score s = score(g, """
                orgn:iso a kg:Organisation ; rdfs:label "ISO" .
                orgn:international-organization-for-standardization a kg:Organisation ;
                    rdfs:label "International Organization for Standardization" .
                orgn:iec a kg:Organisation ; rdfs:label "IEC" .
                """);
        // tp 2 of 3 extracted, 2 of 2 gold: P 2/3, R 1, F1 = 2*2/(2+3) = 0.8
        assertRow(s.entity(EntityClass.ORGANISATION), 2, 3, 2, TWO_THIRDS, 1.0, 0.8);
        assertEquals(1, s.entity(EntityClass.ORGANISATION).extras().size());
        assertEquals(List.of(), s.entity(EntityClass.ORGANISATION).misses());
    }

    @Test
    void matchingIsOneToOneAndMaximal() {
        // Gold A {alpha} and B {gamma}; extracted E1 {alpha, gamma} and E2 {alpha}. Taking E1 for A first would leave
        // B unmatched; the one-to-one optimum is A-E2, B-E1.
        GoldFile g = gold("g.tsv", t("entity", "Organisation", "Alpha"), t("entity", "Organisation", "Gamma"));
        Score s = score(g, """
                orgn:e1 a kg:Organisation ; rdfs:label "Alpha" ; skos:altLabel "Gamma" .
                orgn:e2 a kg:Organisation ; rdfs:label "Alpha" .
                """);
        assertRow(s.entity(EntityClass.ORGANISATION), 2, 2, 2, 1.0, 1.0, 1.0);
    }

    @Test
    void entityMatchRequiresSameClass() {
        GoldFile g = gold("g.tsv", t("entity", "Committee", "ISO/IEC JTC 1|JTC 1"));
        Score s = score(g, "orgn:jtc-1 a kg:Organisation ; rdfs:label \"JTC 1\" .");
        assertRow(s.entity(EntityClass.COMMITTEE), 1, 0, 0, 0.0, 0.0, 0.0);
        assertRow(s.entity(EntityClass.ORGANISATION), 0, 1, 0, 0.0, 0.0, 0.0);
    }

    @Test
    void relationFactsCountOnlyForTheSubjectClassOnBothSides() {
        GoldFile g = gold("g.tsv",
                t("entity", "Standard", "ISO/IEC 42001"),
                t("entity", "Publication", "Seoul Statement"),
                t("entity", "Organisation", "International Organization for Standardization|ISO"),
                t("publisher", "ISO/IEC 42001", "International Organization for Standardization|ISO"),
                t("publisher", "Seoul Statement", "International Organization for Standardization|ISO"));
        Score s = score(g, """
                std:iso-iec-42001 a kg:Standard ; rdfs:label "ISO/IEC 42001" ; dcterms:publisher orgn:iso .
                pub:seoul-statement a kg:Publication ; rdfs:label "Seoul Statement" ; dcterms:publisher orgn:iso .
                <http://localhost:3030/id/thing/untyped> rdfs:label "ISO/IEC 42001" ; dcterms:publisher orgn:iso .
                orgn:iso a kg:Organisation ; rdfs:label "ISO" .
                """);
        // The Publication's publisher is left out on both sides, and so is the untyped subject's.
        KindScore publisher = s.relation(Relation.PUBLISHER);
        assertRow(publisher, 1, 1, 1, 1.0, 1.0, 1.0);
        assertEquals(3, publisher.ignored().size());
    }

    @Test
    void subOrganizationOfAcceptsCommitteeAndOrganisationSubjects() {
        GoldFile g = gold("g.tsv",
                t("entity", "Committee", "ISO/IEC JTC 1/SC 42|SC 42"),
                t("entity", "Organisation", "NCCoE"),
                t("subOrganizationOf", "ISO/IEC JTC 1/SC 42|SC 42", "ISO/IEC JTC 1|JTC 1"),
                t("subOrganizationOf", "NCCoE", "NIST"));
        Score s = score(g, """
                cmt:sc-42 a kg:Committee ; rdfs:label "SC 42" ; org:subOrganizationOf cmt:jtc-1 .
                cmt:jtc-1 rdfs:label "JTC 1" .
                orgn:nccoe a kg:Organisation ; rdfs:label "NCCoE" ; org:subOrganizationOf orgn:nist .
                orgn:nist rdfs:label "NIST" .
                """);
        assertRow(s.relation(Relation.SUB_ORGANIZATION_OF), 2, 2, 2, 1.0, 1.0, 1.0);
    }

    @Test
    void secondExtractedFactMatchingSameGoldFactIsFalsePositive() {
        GoldFile g = gold("g.tsv", t("entity", "Standard", "ISO/IEC 42001"),
                t("developedBy", "ISO/IEC 42001", "ISO/IEC JTC 1/SC 42|SC 42"));
        // Two committee nodes both named SC 42: the second developedBy is a duplicate.
        Score s = score(g, """
                std:iso-iec-42001 a kg:Standard ; rdfs:label "ISO/IEC 42001" ; kg:developedBy cmt:sc-42, cmt:sc42 .
                cmt:sc-42 a kg:Committee ; rdfs:label "SC 42" .
                cmt:sc42 a kg:Committee ; rdfs:label "ISO/IEC JTC 1/SC 42" .
                """);
        // P 1/2, R 1/1, F1 = 2*1/(1+2)
        assertRow(s.relation(Relation.DEVELOPED_BY), 1, 2, 1, 0.5, 1.0, TWO_THIRDS);
    }

    @Test
    void titleMatchesByContainmentWhenShorterIsAtLeastSixtyPercent() {
        GoldFile g = gold("g.tsv",
                t("entity", "Standard", "ISO/IEC 42001"),
                t("title", "ISO/IEC 42001", "AI management system"),
                t("entity", "Standard", "ISO/IEC TR 24028"),
                t("title", "ISO/IEC TR 24028", "overview of trustworthiness in AI systems"));
        Score s = score(g, """
                std:iso-iec-42001 a kg:Standard ; rdfs:label "ISO/IEC 42001" ;
                    dcterms:title "an AI management system" .
                std:iso-iec-tr-24028 a kg:Standard ; rdfs:label "ISO/IEC TR 24028" ;
                    dcterms:title "trustworthiness" .
                """);
        // "aimanagementsystem" (18) in "anaimanagementsystem" (20): 90%, a match.
        // "trustworthiness" (15) in "overviewoftrustworthinessinaisystems" (36): 42%, no match.
        assertRow(s.relation(Relation.TITLE), 2, 2, 1, 0.5, 0.5, 0.5);
    }

    @Test
    void jobTitleMatchesAnyGoldAlternative() {
        GoldFile g = gold("g.tsv",
                t("entity", "Person", "Jo Cops"),
                t("jobTitle", "Jo Cops", "President|IEC President"),
                t("entity", "Person", "Sung Hwan Cho"),
                t("jobTitle", "Sung Hwan Cho", "President|ISO President"));
        Score s = score(g, """
                per:jo-cops a kg:Person ; rdfs:label "Jo Cops" ; schema:jobTitle "IEC President" .
                per:sung-hwan-cho a kg:Person ; rdfs:label "Sung Hwan Cho" ;
                    schema:jobTitle "ISO President of the Board" .
                """);
        // "iecpresident" equals the second alternative. "isopresident" (12) in "isopresidentoftheboard" (22) is 55%,
        // "president" (9) is 41%: no match.
        assertRow(s.relation(Relation.JOB_TITLE), 2, 2, 1, 0.5, 0.5, 0.5);
    }

    @Test
    void datesMatchByValueWhateverTheirDatatype() {
        GoldFile g = gold("g.tsv",
                t("entity", "Event", "IoT Tech Expo Global 2023|IoT Tech Expo Global"),
                t("startDate", "IoT Tech Expo Global 2023|IoT Tech Expo Global", "2023-11-30"),
                t("endDate", "IoT Tech Expo Global 2023|IoT Tech Expo Global", "2023-12-01"),
                t("entity", "Event", "International AI Standards Summit"),
                t("startDate", "International AI Standards Summit", "2025-05"));
        Score s = score(g, """
                evt:iot-tech-expo a kg:Event ; rdfs:label "IoT Tech Expo Global" ;
                    schema:startDate "2023-11-30"^^xsd:date ; schema:endDate "2023-12-02"^^xsd:date .
                evt:summit a kg:Event ; rdfs:label "International AI Standards Summit" ;
                    schema:startDate "2025-05"^^xsd:gYearMonth .
                """);
        assertRow(s.relation(Relation.START_DATE), 2, 2, 2, 1.0, 1.0, 1.0);
        assertRow(s.relation(Relation.END_DATE), 1, 1, 0, 0.0, 0.0, 0.0);
    }

    @Test
    void statusIndividualsMapToGoldWords() {
        GoldFile g = gold("g.tsv",
                t("entity", "Standard", "ISO/IEC 42001"),
                t("status", "ISO/IEC 42001", "published"),
                t("entity", "Standard", "ISO/IEC 42005"),
                t("status", "ISO/IEC 42005", "inDevelopment"),
                t("entity", "Standard", "ISO/IEC 42006"),
                t("status", "ISO/IEC 42006", "inDevelopment"));
        Score s = score(g, """
                std:iso-iec-42001 a kg:Standard ; rdfs:label "ISO/IEC 42001" ; kg:status kg:Published .
                std:iso-iec-42005 a kg:Standard ; rdfs:label "ISO/IEC 42005" ; kg:status kg:Published .
                std:iso-iec-42006 a kg:Standard ; rdfs:label "ISO/IEC 42006" ; kg:status kg:InDevelopment .
                """);
        // 42001 and 42006 right, 42005 wrong: 2 of 3 each way.
        assertRow(s.relation(Relation.STATUS), 3, 3, 2, TWO_THIRDS, TWO_THIRDS, TWO_THIRDS);
    }

    @Test
    void goldRepeatedAcrossTwoFilesCountsOnce() {
        GoldFile first = gold("a.tsv",
                t("entity", "Organisation", "ISO"),
                t("entity", "Standard", "ISO/IEC 42001"),
                t("publisher", "ISO/IEC 42001", "ISO"),
                t("status", "ISO/IEC 42001", "published"));
        GoldFile second = gold("b.tsv",
                t("entity", "Organisation", "International Organization for Standardization|ISO"),
                t("entity", "Standard", "ISO/IEC 42001:2023|ISO/IEC 42001"),
                t("publisher", "ISO/IEC 42001:2023|ISO/IEC 42001", "International Organization for Standardization|ISO"),
                t("status", "ISO/IEC 42001", "published"),
                t("title", "ISO/IEC 42001", "AI management system"));
        Score s = score(List.of(first, second), """
                orgn:iso a kg:Organisation ; rdfs:label "International Organization for Standardization" .
                std:iso-iec-42001 a kg:Standard ; rdfs:label "ISO/IEC 42001:2023" ; dcterms:publisher orgn:iso .
                """);
        assertRow(s.entity(EntityClass.ORGANISATION), 1, 1, 1, 1.0, 1.0, 1.0);
        assertRow(s.entity(EntityClass.STANDARD), 1, 1, 1, 1.0, 1.0, 1.0);
        assertRow(s.relation(Relation.PUBLISHER), 1, 1, 1, 1.0, 1.0, 1.0);
        assertRow(s.relation(Relation.STATUS), 1, 0, 0, 0.0, 0.0, 0.0);
        // Totals: relations gold 3 (publisher, status, title), extracted 1, tp 1.
        assertEquals(new Counts(3, 1, 1), s.relationTotal());
    }

    @Test
    void referenceGraphAndEvidenceAreNotExtractedFacts() {
        GoldFile g = gold("g.tsv",
                t("entity", "Committee", "ISO/IEC JTC 1/SC 42|SC 42"),
                t("entity", "Committee", "ISO/IEC JTC 1|JTC 1"),
                t("subOrganizationOf", "ISO/IEC JTC 1/SC 42|SC 42", "ISO/IEC JTC 1|JTC 1"));
        Score s = score(g, """
                g:doc-000 {
                  cmt:sc-42 a kg:Committee ; rdfs:label "SC 42" .
                  cmt:jtc-1 a kg:Committee ; rdfs:label "JTC 1" .
                  _:evidence a rdf:Statement ; rdf:subject cmt:sc-42 ; rdf:predicate org:subOrganizationOf ;
                      rdf:object cmt:jtc-1 ; prov:wasDerivedFrom <http://localhost:3030/doc/000> .
                  _:sentence a oa:Annotation, kg:Committee ; rdfs:label "SC 42" ; org:subOrganizationOf cmt:jtc-1 .
                }
                g:reference {
                  cmt:sc-42 org:subOrganizationOf cmt:jtc-1 .
                  cmt:jtc-2 a kg:Committee ; rdfs:label "JTC 2" .
                }
                """);
        assertRow(s.entity(EntityClass.COMMITTEE), 2, 2, 2, 1.0, 1.0, 1.0);
        assertRow(s.relation(Relation.SUB_ORGANIZATION_OF), 1, 0, 0, 0.0, 0.0, 0.0);
    }

    @Test
    void summaryMicroAveragesScoredClassesAndAllRelations() {
        GoldFile g = gold("g.tsv",
                t("entity", "Organisation", "ISO"),
                t("entity", "Organisation", "IEC"),
                t("entity", "Organisation", "World Standards Cooperation|WSC"),
                t("memberOf", "ISO", "World Standards Cooperation|WSC"),
                t("memberOf", "IEC", "World Standards Cooperation|WSC"),
                t("entity", "Event", "International AI Standards Summit"),
                t("location", "International AI Standards Summit", "Seoul"),
                t("entity", "Place", "Seoul"),
                t("entity", "Place", "Geneva"));
        Score s = score(g, """
                orgn:iso a kg:Organisation ; rdfs:label "ISO" ; org:memberOf orgn:wsc .
                orgn:iec a kg:Organisation ; rdfs:label "IEC" ; org:memberOf orgn:iso .
                orgn:wsc a kg:Organisation ; rdfs:label "WSC" .
                evt:summit a kg:Event ; rdfs:label "International AI Standards Summit" ; schema:location plc:seoul .
                plc:seoul a kg:Place ; rdfs:label "Seoul" .
                plc:paris a kg:Place ; rdfs:label "Paris" .
                """);
        // Place (1 of 2 either way) is reported but not in the entity total: 4 gold, 4 extracted, 4 tp.
        assertRow(s.entity(EntityClass.PLACE), 2, 2, 1, 0.5, 0.5, 0.5);
        assertEquals(new Counts(4, 4, 4), s.entityTotal());
        // memberOf 1 of 2, location 1 of 1: 3 gold, 3 extracted, 2 tp.
        assertEquals(new Counts(3, 3, 2), s.relationTotal());
        assertEquals(TWO_THIRDS, s.relationTotal().f1(), 1e-9);
        assertEquals("entities P=1.000 R=1.000 F1=1.000 | relations P=0.667 R=0.667 F1=0.667",
                ScoreReport.summaryLine(s));
    }
}
