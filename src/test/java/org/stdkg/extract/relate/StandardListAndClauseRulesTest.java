package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Relation;

/** Status, developer and title read from lists and their introductions, relative clauses, appositions and dashes. */
class StandardListAndClauseRulesTest {

    private static List<String> status(String text) {
        return RuleFacts.lines(new StandardStatusRule(), Relation.STATUS, text);
    }

    private static List<String> developers(String text) {
        return RuleFacts.lines(new StandardDeveloperRule(), Relation.DEVELOPED_BY, text).stream().sorted().toList();
    }

    /** The titles only, without their standards. */
    private static List<String> titles(String text) {
        return RuleFacts.lines(new StandardTitleRule(), Relation.TITLE, text).stream().map(l -> l.substring(l.indexOf(" -> ") + 4)).toList();
    }

    // ---- status

    @Test
    void listKeepsTheStatusItsIntroductionStates() {
        assertEquals(List.of("ISO 23257 -> published", "ISO/TR 3242 -> published"), status("""
                The committee has so far published the following documents:
                • ISO 23257:2022, Reference architecture
                • ISO/TR 3242:2022, Use cases
                Other work
                The group also discussed ISO 9999.
                """));
    }

    @Test
    void stageCodeMeansInDevelopment() {
        assertEquals(List.of("ISO 7603 -> inDevelopment"), status("JWG 4 is responsible for ISO/DIS 7603."));
    }

    @Test
    void standardInsideAnotherOnesDescriptionTakesNoStatus() {
        assertEquals(List.of("IEC/TS 61850-80-5 -> inDevelopment"), status("New parts under preparation include IEC TS 61850-80-5, which "
                + "will give guidelines for mapping information between IEC 61850 and IEEE 1815."));
    }

    @Test
    void whileClauseKeepsItsOwnStatus() {
        assertEquals(List.of("IEC 61970-301 -> published"), status("IEC 61970-301 appeared in its seventh edition in 2020, while IEC "
                + "61968-11 covers the model extensions for distribution."));
    }

    @Test
    void approvedRecommendationsArePublishedAndDraftsAreNot() {
        assertEquals(List.of("ITU-T X.1060 -> published", "ITU-T X.1373 -> published"),
                status("At the meeting, the group approved ITU-T X.1060 and ITU-T X.1373."));
        assertEquals(List.of("ITU-T X.1470 -> inDevelopment"), status("Still under study is draft Recommendation ITU-T X.1470."));
    }

    // ---- developedBy

    @Test
    void whichDevelopedAfterAnAppositionIsTheBodyBeforeIt() {
        assertEquals(List.of("ISO 24165 -> ISO/TC 68"),
                developers("ISO/TC 307 cooperates closely with ISO/TC 68, Financial services, which developed ISO 24165."));
    }

    @Test
    void coordinatedVerbsShareTheSentencesSubject() {
        assertEquals(List.of("ISO 7603 -> ISO/TC 307/JWG 4", "ISO/TR 23249 -> ISO/TC 307/JWG 4"),
                developers("Security is handled by ISO/TC 307/JWG 4. JWG 4 is responsible for ISO/DIS 7603 and drafted ISO/TR 23249."));
    }

    @Test
    void preparedByAndThePartnerInCooperation() {
        assertEquals(List.of("IEC 62443 series -> IEC TC 65", "IEC 62443 series -> International Society of Automation"),
                developers("Utilities combine it with the IEC 62443 series, prepared by IEC TC 65 in cooperation with the International "
                        + "Society of Automation (ISA), which addresses industrial security."));
    }

    @Test
    void theGroupIsTheLastGroupNamedNotTheLastCommittee() {
        assertEquals(List.of("ITU-T X.1060 -> ITU-T SG17", "ITU-T X.1373 -> ITU-T SG17"), developers("""
                ITU-T SG17 coordinates security work. It works in working parties, among them WP1/17 on strategy.
                At the meeting, the group approved nine new ITU-T Recommendations. Among them:
                • ITU-T X.1060 – a framework for cyber defence centres
                • ITU-T X.1373 – secure software update
                """));
    }

    @Test
    void listOfCommitteesWithTheirPublications() {
        String intro = "IEC TC 57 works through working groups, each of which looks after a family of publications:\n";
        String items = "- WG 10 – Power system IED communication (IEC 61850)\n- WG 15 – Data and communication security (IEC 62351)\n";
        assertEquals(List.of("IEC 61850 -> IEC TC 57/WG 10", "IEC 62351 -> IEC TC 57/WG 15"), developers(intro + items));
        assertTrue(developers("IEC TC 57 has several members:\n" + items).isEmpty(), "an introduction without a word of standards work");
    }

    @Test
    void theCommitteesFlagshipPublication() {
        assertEquals(List.of("IEC 61850 series -> IEC TC 57"), developers("IEC TC 57 was set up in 1964.\n\nThe IEC 61850 series, "
                + "Communication networks and systems for power utility automation, is the committee's flagship publication."));
    }

    // ---- titles

    @Test
    void designationAfterADash() {
        assertEquals(List.of("framework for the creation and operation of a cyber defence centre"),
                titles("• ITU-T X.1060 (revised) – a framework for the creation and operation of a cyber defence centre\n"));
    }

    @Test
    void lowerCaseDescriptionInParentheses() {
        assertEquals(List.of("key management for power system equipment"),
                titles("Recently published parts include IEC 62351-9 (key management for power system equipment)."));
        assertTrue(titles("It maps IEC 61850 to IEEE 1815 (DNP3).").stream().noneMatch(t -> t.contains("DNP3")));
    }

    @Test
    void listItemTitleAfterTheIdentifier() {
        assertEquals(List.of("Use cases"), titles("• ISO/TR 3242:2022, Use cases\n"));
    }

    @Test
    void objectOfTheClauseBeforeExamples() {
        assertEquals(List.of("directory Recommendations", "directory Recommendations"),
                titles("SG17 is also responsible for the directory Recommendations (e.g. ITU-T X.500 and ITU-T X.509), which are widely used."));
    }

    @Test
    void appositionsThatNameTheDocument() {
        assertEquals(List.of("guideline for wide area network engineering"),
                titles("Parts include IEC TR 61850-90-12, a guideline for wide area network engineering."));
        assertEquals(List.of("digital token identifier (DTI)"), titles("ISO/TC 68 developed ISO 24165, the digital token identifier (DTI) standard."));
    }

    @Test
    void descriptionAfterAPreparedByPhraseAndBeforeTheResumingVerb() {
        assertEquals(List.of("security of industrial automation and control systems"), titles("Utilities use the IEC 62443 series, "
                + "prepared by IEC TC 65 in cooperation with ISA, which addresses the security of industrial automation and control systems."));
        assertEquals(List.of("base of the model"), titles("IEC 61970-301, which specifies the base of the model, appeared in its seventh edition in 2020."));
    }
}
