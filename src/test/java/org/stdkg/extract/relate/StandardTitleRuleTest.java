package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Relation;

class StandardTitleRuleTest {

    private final StandardTitleRule rule = new StandardTitleRule();

    private List<String> titles(String text) {
        return RuleFacts.lines(rule, Relation.TITLE, text);
    }

    @Test
    void copulaGivesTheTitleBeforeTheRelativeClause() {
        assertEquals(List.of("ISO/IEC 42001 -> AI management system"),
                titles("ISO/IEC 42001 is the flagship AI management system standard, which provides requirements for establishing, "
                        + "implementing, maintaining, and continually improving an AI management system."));
    }

    @Test
    void verbPhraseEndsAtAParticipleAfterANoun() {
        assertEquals(List.of("ISO/IEC TR 24028 -> overview of trustworthiness in AI systems"),
                titles("ISO/IEC TR 24028 provides an overview of trustworthiness in AI systems, detailing the associated threats."));
    }

    @Test
    void listItemsBeforeParenthesesLoseTheirLeadIn() {
        assertEquals(List.of("ISO/IEC 22989 -> concepts and terminology for AI", "ISO/IEC 23894 -> AI risk management",
                "ISO/IEC 19944 series -> data flow, categories, and use"),
                titles("Other recently published standards include those that cover concepts and terminology for AI (ISO/IEC 22989); "
                        + "AI risk management (ISO/IEC 23894); and data flow, categories, and use (ISO/IEC 19944 series)."));
    }

    @Test
    void exampleParenthesesAfterCommaSeparatedItems() {
        assertEquals(List.of("ISO/TS 15066 -> collaborative robots", "ISO 10218 series -> safety requirements for industrial robots"),
                titles("These include standards on robotics, covering issues such as collaborative robots (e.g. ISO/TS 15066), safety "
                        + "requirements for industrial robots (e.g. ISO 10218 series)."));
    }

    @Test
    void coordinatedStandardsShareTheRelativeClause() {
        assertEquals(List.of("ISO/IEC 27001 -> common language for information security", "ISO/IEC 27002 -> common language for information security"),
                titles("IoT security is addressed in standards such as ISO/IEC 27001 and ISO/IEC 27002, which provide a common language "
                        + "for information security."));
    }

    @Test
    void passiveGivesTheSubjectAsTitle() {
        assertEquals(List.of("ISO/IEC 20546 -> terminology for standards related to big data", "ISO/IEC 20547-3 -> big data reference architecture"),
                titles("The terminology for standards related to big data is defined in ISO/IEC 20546, while ISO/IEC 20547-3 covers big "
                        + "data reference architecture."));
    }

    @Test
    void standardsInAnAppositionOfAnotherTakeNoTitle() {
        assertEquals(List.of("ISO/IEC 27701 -> requirements and guidance for a privacy information management system (PIMS)"),
                titles("ISO/IEC 27701, an extension of ISO/IEC 27001 and ISO/IEC 27002, details requirements and guidance for a privacy "
                        + "information management system (PIMS)."));
    }

    @Test
    void appositionCallingItAStandardForSomething() {
        assertEquals(List.of("ISO/IEC 27001 -> information security"),
                titles("We developed a handbook according to ISO/IEC 27001, the premier standard for information security."));
    }

    @Test
    void clauseEndsBeforeAModalAfterAnd() {
        assertEquals(List.of("ISO/IEC 27000 series -> information security management systems (ISMSs)"),
                titles("The ISO/IEC 27000 family of standards covers information security management systems (ISMSs) and can be used by "
                        + "organisations."));
    }

    @Test
    void topicOfANamedRecommendation() {
        assertEquals(List.of("Recommendation 33 -> Single Window"), titles("Trade\n\nRecommendation 33 \u2013 Single Window Recommendation"));
    }

    @Test
    void namedStandardsInAnExampleListTakeNoTitle() {
        assertTrue(titles("Other digital standards in the areas of agriculture, and travel and tourism (e.g. Buy Ship Pay Reference Data "
                + "Model, and Travel and Tourism Experience Programme Data Model) are a great step.").isEmpty());
    }

    @Test
    void relativeClauseAfterTheCopulaWhenNoStandardNounIsThere() {
        assertEquals(List.of("ISO/IEC 42001 -> requirements for bodies providing audit"),
                titles("ISO/IEC 42001, which provides requirements for bodies providing audit, is widely used."));
    }

    @Test
    void oneTitlePerStandardTheFirstDescription() {
        assertEquals(List.of("ISO/IEC 30149 -> trustworthiness of IoT"),
                titles("Standards include those on the trustworthiness of IoT (ISO/IEC 30149). There are standards that provide a "
                        + "trustworthiness framework (ISO/IEC 30149)."));
    }

    @Test
    void suchStandardsTakeTheLastItemOfTheList() {
        assertEquals(List.of("ISO 18370-1 -> blind digital signatures", "ISO/IEC 18370-2 -> blind digital signatures"),
                titles("Standards cover anonymous digital signatures (e.g. ISO/IEC 20008 series); and blind digital signatures, in which "
                        + "the content is concealed. Examples of such standards include ISO 18370-1 and ISO/IEC 18370-2.").subList(1, 3));
    }
}
