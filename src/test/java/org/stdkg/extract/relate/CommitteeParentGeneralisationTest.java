package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Relation;
import org.stdkg.extract.recognise.PipelineDocs;

/** Parents read from sub-group notations, a preceding committee identifier, a possessor; no nesting for an abbreviation. */
class CommitteeParentGeneralisationTest {

    private final CommitteeParentRule rule = new CommitteeParentRule();

    private List<String> parents(String text) {
        return RuleFacts.lines(rule, Relation.SUB_ORGANIZATION_OF, text);
    }

    @Test
    void subgroupNotationNamesItsCommitteeAndBody() {
        List<String> p = parents("They are the focus of ISO/TC 307/WG 3, which prepared several documents.");
        assertTrue(p.containsAll(List.of("ISO/TC 307/WG 3 -> ISO/TC 307", "ISO/TC 307/WG 3 -> International Organization for Standardization")),
                p::toString);
    }

    @Test
    void ituWorkingPartyIsPartOfItsStudyGroupSectorAndUnion() {
        List<String> p = parents("ITU-T SG17 works in three working parties: WP2/17 covers the security of 5G.");
        assertTrue(p.containsAll(List.of("ITU-T WP2/17 -> ITU-T SG17", "ITU-T WP2/17 -> International Telecommunication Union")), p::toString);
    }

    @Test
    void committeeIdentifierRightBeforeANamedGroupIsItsParent() {
        List<String> p = parents("In ITU, the SG17 Regional Group for Africa met in Kigali.");
        assertTrue(p.contains("Regional Group for Africa -> ITU-T SG17"), p::toString);
    }

    @Test
    void abbreviationInParenthesesIsNoNestedCommittee() {
        List<String> p = parents("In ITU, the SG17 Regional Group for Africa (SG17 RG-AFR) met in Kigali.");
        assertFalse(p.stream().anyMatch(l -> l.startsWith("ITU-T SG17 -> Regional Group")), p::toString);
        assertTrue(p.contains("Regional Group for Africa -> ITU-T SG17"), p::toString);
    }

    @Test
    void possessorWithApostropheSOwnsTheCommitteeNotTheProfileActor() {
        String profile = "Organisation for Economic Co-operation and Development\n\nAcronym: OECD\n\nThe OECD is an intergovernmental "
                + "organisation.\n\nDigital activities\n\nIt follows the work of the Council of Europe's Committee on Artificial Intelligence "
                + "(CAI). The CDEP is supported by the Working Party on Data Governance and Privacy in the Digital Economy (DGP).\n";
        Set<String> p = PipelineDocs.facts(profile, rule, Relation.SUB_ORGANIZATION_OF);
        assertTrue(p.contains("Committee on Artificial Intelligence -> Council of Europe"), p::toString);
        assertFalse(p.contains("Committee on Artificial Intelligence -> Organisation for Economic Co-operation and Development"), p::toString);
    }
}
