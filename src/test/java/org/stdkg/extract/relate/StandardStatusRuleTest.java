package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Relation;

class StandardStatusRuleTest {

    private final StandardStatusRule rule = new StandardStatusRule();

    @Test
    void eachClauseGivesItsOwnStatus() {
        List<String> lines = RuleFacts.lines(rule, Relation.STATUS, "One standard, on the quantum computing vocabulary (ISO/IEC 4879), has "
                + "already been published, and an introduction to quantum computing (ISO/IEC TR 18157) is in development.");
        assertEquals(List.of("ISO/IEC 4879 -> published", "ISO/IEC TR 18157 -> inDevelopment"), lines);
    }

    @Test
    void countSentenceSetsTheStatusOfTheListThatFollows() {
        List<String> lines = RuleFacts.lines(rule, Relation.STATUS, "ISO has published 12 standards on blockchain. Of these, ISO/TR 23455 "
                + "gives an overview of smart contracts; and ISO 22739 covers terminology. A further 12 standards are in development, "
                + "including ISO/TS 18126, which specifies a taxonomy.");
        assertEquals(List.of("ISO/TR 23455 -> published", "ISO 22739 -> published", "ISO/TS 18126 -> inDevelopment"), lines);
    }

    @Test
    void otherPublishedStandardsMakeTheEarlierOnesPublishedToo() {
        List<String> lines = RuleFacts.lines(rule, Relation.STATUS, "To date, it has published 34 standards, with 41 others in development. "
                + "ISO/IEC 42001 is the flagship AI management system standard. Other recently published standards include those that "
                + "cover AI risk management (ISO/IEC 23894). Other standards under development to support ISO/IEC 42001 include ISO/IEC 42005.");
        assertEquals(List.of("ISO/IEC 42001 -> published", "ISO/IEC 23894 -> published", "ISO/IEC 42005 -> inDevelopment"), lines);
    }

    @Test
    void bothStatusesInOneClauseGiveNone() {
        assertTrue(RuleFacts.lines(rule, Relation.STATUS, "These include more than 40 standards either published or in development on "
                + "robotics, covering collaborative robots (ISO/TS 15066).").isEmpty());
    }

    @Test
    void developerPhraseIsNoStatus() {
        assertTrue(RuleFacts.lines(rule, Relation.STATUS, "Big data is an area with around 80% of related standards being developed by "
                + "ISO/IEC JTC1/SC42. The terminology is defined in ISO/IEC 20546.").isEmpty());
    }

    @Test
    void contradictoryStatusesInOneDocumentCancel() {
        List<String> lines = RuleFacts.lines(rule, Relation.STATUS, "ISO has published 12 standards. Of these, ISO/TR 23576 deals with "
                + "custodians.\n\nISO also has a further eight standards in development. These include those on custodians (ISO/TR 23576).");
        assertTrue(lines.isEmpty(), lines::toString);
    }

    @Test
    void namedStandardDevelopedInThePastIsPublished() {
        List<String> lines = RuleFacts.lines(rule, Relation.STATUS, "In collaboration with OASIS, UNECE developed the Electronic business "
                + "using eXtensible Mark-up Language (ebXML).");
        assertEquals(List.of("Electronic business using eXtensible Mark-up Language -> published"), lines);
    }
}
