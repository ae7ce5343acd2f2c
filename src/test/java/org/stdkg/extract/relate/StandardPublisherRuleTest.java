package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Relation;

class StandardPublisherRuleTest {

    private final StandardPublisherRule rule = new StandardPublisherRule();

    @Test
    void jointIdentifierHasBothPublishers() {
        List<String> lines = RuleFacts.lines(rule, Relation.PUBLISHER, "ISO/IEC 42001 is the flagship AI management system standard.");
        assertEquals(List.of("ISO/IEC 42001 -> International Organization for Standardization",
                "ISO/IEC 42001 -> International Electrotechnical Commission"), lines);
    }

    @Test
    void technicalReportOfOneBodyHasOnePublisher() {
        List<String> lines = RuleFacts.lines(rule, Relation.PUBLISHER, "ISO/TR 23455 gives an overview of smart contracts.");
        assertEquals(List.of("ISO/TR 23455 -> International Organization for Standardization"), lines);
    }

    @Test
    void ituRecommendationIsPublishedByItu() {
        List<String> lines = RuleFacts.lines(rule, Relation.PUBLISHER, "Recommendation ITU-T Y.4000 gives an overview of IoT.");
        assertEquals(List.of("ITU-T Y.4000 -> International Telecommunication Union"), lines);
    }

    @Test
    void namedStandardListedAmongABodysStandards() {
        List<String> lines = RuleFacts.lines(rule, Relation.PUBLISHER, "International standards and related documents developed by ISO "
                + "are related to ICTs, such as the Open Systems Interconnection (OSI), which was created in 1983.");
        assertEquals(List.of("Open Systems Interconnection -> International Organization for Standardization"), lines);
    }

    @Test
    void recommendationTakesTheIssuerOfItsTopic() {
        List<String> lines = RuleFacts.lines(rule, Relation.PUBLISHER, "E-commerce\n\nUNECE has also issued recommendations on issues such "
                + "as Single Window, electronic commerce agreements, and e-commerce instruments.\n\nRecommendation 33 \u2013 Single Window "
                + "Recommendation\n\nMore text.");
        assertEquals(List.of("Recommendation 33 -> United Nations Economic Commission for Europe"), lines);
    }

    @Test
    void namedStandardWithoutIssuerHasNoPublisher() {
        assertTrue(RuleFacts.lines(rule, Relation.PUBLISHER, "Examples include the Supply Chain Reference Data Model (SCRDM).").isEmpty());
    }
}
