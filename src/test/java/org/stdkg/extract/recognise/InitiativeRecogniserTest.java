package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stdkg.extract.recognise.GenreDocs.annotated;
import static org.stdkg.extract.recognise.GenreDocs.labels;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Mention;

class InitiativeRecogniserTest {

    private static List<Mention> recognise(String text) {
        return new InitiativeRecogniser().recognise(annotated(text));
    }

    @Test
    void programmeAndInitiativeHeadsBeforeAPreposition() {
        List<Mention> found = recognise("E-commerce discussions are ongoing under the Work Programme on Electronic Commerce and among a "
                + "group of WTO members that have negotiated an agreement under the Joint Statement Initiative (JSI) on E-commerce.");
        assertEquals(List.of("Work Programme on Electronic Commerce", "Joint Statement Initiative (JSI) on E-commerce"), labels(found));
        assertTrue(found.get(1).aliases().containsAll(List.of("Joint Statement Initiative on E-commerce", "Joint Statement Initiative", "JSI")));
    }

    @Test
    void allianceCountsOnlyWhenTheSentenceCallsItAnInitiative() {
        assertEquals(List.of("AI Governance Alliance (AIGA)"), labels(recognise("At the core of these efforts is the AI Governance Alliance "
                + "(AIGA), a flagship initiative of the Forum.")));
        assertEquals(List.of(), labels(recognise("The LoRa Alliance published a new specification for low-power networks.")));
    }

    @Test
    void lowerCaseProjectAfterADeterminedName() {
        assertEquals(List.of("TradeTech project"), labels(recognise("Projects include the TradeTech project – which facilitates dialogue "
                + "on public policy.")));
        assertEquals(List.of(), labels(recognise("Enhancing PPP project identification and planning through AI.")));
    }

    @Test
    void programmeInsideAStandardNameIsNoInitiative() {
        assertEquals(List.of(), labels(recognise("Other standards include the Travel and Tourism Experience Programme Data Model.")));
    }
}
