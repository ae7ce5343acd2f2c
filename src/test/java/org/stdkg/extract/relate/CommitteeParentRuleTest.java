package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Relation;

class CommitteeParentRuleTest {

    private final CommitteeParentRule rule = new CommitteeParentRule();

    private List<String> parents(String text) {
        return RuleFacts.lines(rule, Relation.SUB_ORGANIZATION_OF, text).stream().sorted().toList();
    }

    @Test
    void subcommitteeIdentifierImpliesJtc1AndBothBodies() {
        assertEquals(List.of("ISO/IEC JTC 1 -> International Electrotechnical Commission", "ISO/IEC JTC 1 -> International Organization for "
                + "Standardization", "ISO/IEC JTC 1/SC 42 -> ISO/IEC JTC 1", "ISO/IEC JTC 1/SC 42 -> International Electrotechnical Commission",
                "ISO/IEC JTC 1/SC 42 -> International Organization for Standardization"),
                parents("JTC 1/SC 42 addresses concerns about the use of AI."));
    }

    @Test
    void studyGroupBelongsToTheSectorAndItu() {
        assertEquals(List.of("ITU-T SG20 -> International Telecommunication Union",
                "ITU-T SG20 -> International Telecommunication Union Telecommunication Standardization Sector"),
                parents("ITU-T SG20 develops international standards for IoT."));
    }

    @Test
    void statedParentAndItsAncestors() {
        List<String> lines = parents("ITU-T SG20 is the parent of the ITU-T Joint Coordination Activity on Internet of Things (JCA-IoT).");
        assertTrue(lines.contains("Joint Coordination Activity on Internet of Things -> ITU-T SG20"), lines::toString);
        assertTrue(lines.contains("Joint Coordination Activity on Internet of Things -> International Telecommunication Union"), lines::toString);
    }

    @Test
    void organisationPrefixAndPossessive() {
        assertEquals(List.of("High-Level Group on Modernisation of Official Statistics -> United Nations Economic Commission for Europe",
                "United Nations Centre for Trade Facilitation and Electronic Business -> United Nations Economic Commission for Europe"),
                parents("The UNECE High-Level Group on Modernisation of Official Statistics (HLG-MOS) leads. UNECE\u2019s subsidiary, "
                        + "UN/CEFACT, serves as a focal point."));
    }

    @Test
    void prefixOfTheFirstOfTwoCoordinatedCommittees() {
        List<String> lines = parents("It supported the Group of Governmental Experts (GGE) and the Open-Ended Working Group (OEWG). It "
                + "advises the chairpersons of the UN GGE and OEWG.");
        assertEquals(List.of("Group of Governmental Experts -> United Nations", "Open-Ended Working Group -> United Nations"), lines);
    }

    @Test
    void creatorOfTheCommittee() {
        assertEquals(List.of("Advisory Group on Advanced Technology in Trade and Logistics -> United Nations Economic Commission for Europe"),
                parents("UNECE launched the Advisory Group on Advanced Technology in Trade and Logistics (AGAT) in 2020."));
    }

    @Test
    void nestedCommitteeInParentheses() {
        List<String> lines = parents("UNECE\u2019s World Forum for Harmonization of Vehicle Regulations (Working Party on Automated/Autonomous "
                + "and Connected Vehicles (GRVA) WP.29) adopted two regulations.");
        assertTrue(lines.contains("Working Party on Automated/Autonomous and Connected Vehicles -> World Forum for Harmonization of Vehicle "
                + "Regulations"), lines::toString);
        assertTrue(lines.contains("Working Party on Automated/Autonomous and Connected Vehicles -> United Nations Economic Commission for "
                + "Europe"), lines::toString);
    }

    @Test
    void profileActorIsTheDefaultParent() {
        String text = "World Economic Forum\n\nThe World Economic Forum (WEF) is a foundation.\n\nSpace\n\n"
                + "The Global Future Council on the Future of Space explores cooperation.";
        assertEquals(List.of("Global Future Council on the Future of Space -> World Economic Forum"), parents(text));
    }

    @Test
    void guidanceIsNotBelonging() {
        String text = "United Nations Economic Commission for Europe\n\nUNECE is one of five regional commissions.\n\nData\n\n"
                + "UNECE has a statistical division, which works under the guidance of the Conference of European Statisticians.";
        assertTrue(parents(text).isEmpty(), () -> parents(text).toString());
    }

    @Test
    void exampleOfAUnitsWork() {
        String text = "World Economic Forum\n\nThe World Economic Forum (WEF) is a foundation.\n\nIoT\n\nThe Forum\u2019s Centre for Urban "
                + "Transformation explores connected devices. For example, the Council on the Connected World focuses on governance.";
        assertEquals(List.of("Council on the Connected World -> Centre for Urban Transformation", "Council on the Connected World -> World "
                + "Economic Forum"), parents(text));
    }

    @Test
    void committeeOutsideAProfileWithoutCuesHasNoParent() {
        assertTrue(parents("News\n\nThe Council on the Connected World published a report.").isEmpty());
    }
}
