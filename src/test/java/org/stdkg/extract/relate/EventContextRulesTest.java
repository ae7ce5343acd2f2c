package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Relation;
import org.stdkg.extract.recognise.PipelineDocs;

/** When, where, by whom: read before the event, in the next sentence about it, from possessors and relative clauses. */
class EventContextRulesTest {

    private final EventRelationRule rule = new EventRelationRule();

    private Set<String> facts(String text, Relation relation) {
        return PipelineDocs.facts(text, rule, relation);
    }

    private static final String GSR = "Regulators will meet in Kampala, Uganda, from 1 to 4 July 2024 for the Global Symposium for "
            + "Regulators (GSR-24), ITU's flagship annual event for the ICT regulatory community. Hosted by the Uganda Communications "
            + "Commission (UCC), this year's edition is the first in East Africa.";

    @Test
    void dateAndPlaceWrittenBeforeTheEvent() {
        assertEquals(Set.of("Global Symposium for Regulators -> 2024-07-01"), facts(GSR, Relation.START_DATE));
        assertEquals(Set.of("Global Symposium for Regulators -> Kampala", "Global Symposium for Regulators -> Uganda"), facts(GSR, Relation.LOCATION));
    }

    @Test
    void appositionCallsItAnOrganisationsEventAndTheNextSentenceNamesTheHost() {
        assertTrue(facts(GSR, Relation.ORGANIZER).contains("Global Symposium for Regulators -> International Telecommunication Union"));
        assertEquals(Set.of("Global Symposium for Regulators -> Uganda Communications Commission"), facts(GSR, Relation.HOSTED_BY));
    }

    @Test
    void theMeetingInTheNextSentenceOfTheParagraphOnly() {
        String same = "ITU-T SG17 wrapped up its latest meeting on Thursday. The meeting, which ran from 29 August to 7 September 2023 "
                + "at ITU headquarters in Geneva, Switzerland, brought together 240 experts.";
        assertEquals(Set.of("latest meeting of ITU-T SG17 -> 2023-08-29"), facts(same, Relation.START_DATE));
        assertTrue(facts(same, Relation.LOCATION).contains("latest meeting of ITU-T SG17 -> Geneva"));
        String other = "ITU-T SG17 wrapped up its latest meeting on Thursday.\n\nThe meeting room was booked from 29 August to 7 "
                + "September 2023.";
        assertTrue(facts(other, Relation.START_DATE).isEmpty());
    }

    @Test
    void oneDayEventEndsWhenItStartsAndAnAcronymOpeningTheNameOrganisesIt() {
        String text = "The meeting will be preceded by the ITU Workshop on Quantum-Safe Security, held on 15 April 2024 in Geneva.";
        assertEquals(Set.of("ITU Workshop on Quantum-Safe Security -> 2024-04-15"), facts(text, Relation.END_DATE));
        assertTrue(facts(text, Relation.ORGANIZER).contains("ITU Workshop on Quantum-Safe Security -> International Telecommunication Union"));
        assertTrue(facts("The 5th Plenary Meeting took place in May 2024 in Geneva.", Relation.END_DATE).isEmpty(), "a month says nothing of the end");
    }

    @Test
    void possessorAndRelativeClauseNameOrganiserAndHost() {
        assertTrue(facts("ITU's World Telecommunication Standardization Assembly (WTSA-20), which met in Geneva from 1 to 9 March 2022, "
                + "appointed the chairs.", Relation.ORGANIZER).contains("World Telecommunication Standardization Assembly -> International "
                + "Telecommunication Union"));
        String igf = "Macron presented the text at the Internet Governance Forum (IGF), which UNESCO hosted at its Paris headquarters "
                + "from 12 to 14 November 2018.";
        assertTrue(facts(igf, Relation.HOSTED_BY).stream().anyMatch(f -> f.startsWith("Internet Governance Forum -> ")), () -> facts(igf, Relation.HOSTED_BY).toString());
        assertEquals(Set.of("Internet Governance Forum -> Paris"), facts(igf, Relation.LOCATION));
    }

    @Test
    void countryAfterACityNameThatGoesOnInLowerCase() {
        Set<String> loc = facts("Last year's symposium, GSR-23, took place in Sharm el-Sheikh, Egypt, from 5 to 8 June 2023.", Relation.LOCATION);
        assertEquals(Set.of("GSR-23 -> Sharm El-Sheikh", "GSR-23 -> Egypt"), loc);
    }

    @Test
    void hostAtTheInvitationOfAnOrganisation() {
        Set<String> hosts = facts("The Global Standards Symposium is planned for 14 November 2024 in Paris, France, at the invitation of the "
                + "Portuguese Institute for Quality.", Relation.HOSTED_BY);
        assertEquals(Set.of("Global Standards Symposium -> Portuguese Institute for Quality"), hosts);
        assertFalse(facts("The Global Standards Symposium is planned for 14 November 2024 in Paris, with the Portuguese Institute for "
                + "Quality attending.", Relation.HOSTED_BY).stream().findAny().isPresent());
    }
}
