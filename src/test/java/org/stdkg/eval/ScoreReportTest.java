package org.stdkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stdkg.eval.Fixtures.gold;
import static org.stdkg.eval.Fixtures.score;
import static org.stdkg.eval.Fixtures.t;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScoreReportTest {

    private static Score example() {
        GoldFile g = gold("g.tsv",
                t("entity", "Organisation", "International Organization for Standardization|ISO"),
                t("entity", "Organisation", "IEC"),
                t("entity", "Standard", "ISO/IEC 42001"),
                t("publisher", "ISO/IEC 42001", "International Organization for Standardization|ISO"),
                t("publisher", "ISO/IEC 42001", "IEC"),
                t("entity", "Publication", "Seoul Statement"),
                t("publisher", "Seoul Statement", "ISO"),
                t("entity", "Place", "Seoul"));
        return score(g, """
                orgn:iso a kg:Organisation ; rdfs:label "ISO" .
                orgn:iso2 a kg:Organisation ; rdfs:label "International Organization\\nfor Standardization" .
                std:x a kg:Standard ; rdfs:label "ISO/IEC 42001" ; dcterms:publisher orgn:iso, orgn:itu .
                orgn:itu rdfs:label "ITU" .
                """);
    }

    @Test
    void tableHasFixedColumnsAndDashForZeroDenominators() {
        List<String> lines = ScoreReport.render(example(), false).lines().toList();
        assertEquals("kind                   gold extracted     tp      P      R     F1", lines.get(0));
        // Organisation: ISO matched once, its duplicate and the missing IEC cost 1 each: 1 of 2 both ways.
        assertTrue(lines.contains("Organisation              2         2      1  0.500  0.500  0.500"), lines::toString);
        assertTrue(lines.contains("Committee                 0         0      0      -      -      -"), lines::toString);
        assertTrue(lines.contains("Publication               1         0      0      -  0.000  0.000"), lines::toString);
        assertTrue(lines.contains("Place *                   1         0      0      -  0.000  0.000"), lines::toString);
        assertTrue(lines.contains("publisher                 2         2      1  0.500  0.500  0.500"), lines::toString);
        assertEquals(1 + EntityClass.values().length + 1 + Relation.values().length + 1 + 1, lines.size());
    }

    @Test
    void lastLineIsTheSummary() {
        String report = ScoreReport.render(example(), false);
        List<String> lines = report.lines().toList();
        // Entities: Organisation 2/2/1, Standard 1/1/1, Publication 1/0/0 (Place not scored): gold 4, extracted 3,
        // tp 2. Relations: publisher only, 2/2/1.
        assertEquals("entities P=0.667 R=0.500 F1=0.571 | relations P=0.500 R=0.500 F1=0.500",
                lines.get(lines.size() - 1));
        assertTrue(report.endsWith("F1=0.500\n"));
        assertEquals(lines.get(lines.size() - 1), ScoreReport.summaryLine(example()));
    }

    @Test
    void verboseListsMissesExtrasAndIgnoredFactsGroupedByKind() {
        String quiet = ScoreReport.render(example(), false);
        assertFalse(quiet.contains("misses"));

        String verbose = ScoreReport.render(example(), true);
        assertTrue(verbose.contains("""
                Organisation
                  - IEC  [g.tsv:2]
                  + International Organization for Standardization  <http://localhost:3030/id/organisation/iso2>
                Publication
                  - Seoul Statement  [g.tsv:6]
                Place *
                  - Seoul  [g.tsv:8]
                publisher
                  - ISO/IEC 42001 -> IEC  [g.tsv:5]
                  + ISO/IEC 42001 -> ITU  <http://localhost:3030/id/standard/x>
                  ~ gold Seoul Statement -> ISO  [g.tsv:7] (subject is Publication)
                """), verbose);
        assertTrue(verbose.endsWith("\nentities P=0.667 R=0.500 F1=0.571 | relations P=0.500 R=0.500 F1=0.500\n"));
    }

    @Test
    void emptyExtractionScoresZeroWithoutDividingByZero() {
        Score s = score(gold("g.tsv", t("entity", "Organisation", "ISO")), "");
        assertEquals("entities P=0.000 R=0.000 F1=0.000 | relations P=0.000 R=0.000 F1=0.000",
                ScoreReport.summaryLine(s));
    }
}
