package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.EntityKind;

/** Events that only their sentence marks as events: forums and assemblies held on dates, edition acronyms, meetings told by a verb. */
class HeldLikeEventsTest {

    private static List<String> events(String text) {
        return PipelineDocs.labels(text, EntityKind.EVENT);
    }

    @Test
    void forumHostedOnDatesIsAnEvent() {
        assertEquals(List.of("Internet Governance Forum"), events("French President Emmanuel Macron presented the text at the Internet "
                + "Governance Forum (IGF), which UNESCO hosted at its Paris headquarters from 12 to 14 November 2018."));
    }

    @Test
    void forumWithoutDatesIsABody() {
        assertTrue(events("The World Economic Forum publishes reports on digital trade.").isEmpty());
    }

    @Test
    void dialogueWithItsDateRightAfterIsAnEvent() {
        assertEquals(List.of("Global Regulators-Industry Dialogue"),
                events("The programme opens with a Global Regulators-Industry Dialogue (GRID) on 1 July 2024, in which operators meet."));
    }

    @Test
    void assemblyNeedsAVerbOfHolding() {
        assertTrue(events("ITU's World Telecommunication Standardization Assembly (WTSA-20), which met in Geneva from 1 to 9 March 2022, "
                + "appointed the chairs.").contains("World Telecommunication Standardization Assembly"));
        assertTrue(events("The UN General Assembly in September 2024 adopted the Global Digital Compact.").isEmpty());
    }

    @Test
    void whatHappensOnTheSidelinesOfAForumIsAtAnEvent() {
        assertEquals(List.of("Paris Peace Forum"), events("The community meets every year on the sidelines of the Paris Peace Forum."));
    }

    @Test
    void editionAcronymInAppositionToAnEventNoun() {
        assertEquals(List.of("GSR-23"), events("Last year's symposium, GSR-23, took place in Sharm el-Sheikh, Egypt, from 5 to 8 June 2023."));
        assertTrue(events("The pandemic, COVID-19, changed how meetings work.").isEmpty());
    }

    @Test
    void committeeMeetingToldByItsVerb() {
        assertEquals(List.of("next meeting of ITU-T SG17"), events("ITU-T SG17 will next meet in Geneva from 16 to 24 April 2024."));
        assertTrue(events("ITU-T SG17 met its targets for the year.").isEmpty());
    }

    @Test
    void latestMeetingIsAnEventUnlessANamedEventFollows() {
        assertEquals(List.of("latest meeting of ITU-T SG17"), events("ITU-T SG17 wrapped up its latest meeting on Thursday."));
        List<String> anaphoric = events("IEC, ISO and ITU, at their latest global conference in Seoul, Republic of Korea, issued a joint "
                + "commitment. The International Summit on AI Standards, taking place on 2-3 December, explores AI.");
        assertFalse(anaphoric.stream().anyMatch(e -> e.startsWith("latest")), anaphoric::toString);
    }
}
