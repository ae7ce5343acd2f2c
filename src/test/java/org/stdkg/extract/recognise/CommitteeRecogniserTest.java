package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stdkg.extract.recognise.StandardsTestDocs.mention;
import static org.stdkg.extract.recognise.StandardsTestDocs.recognised;
import static org.stdkg.extract.recognise.StandardsTestDocs.surfaces;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;

class CommitteeRecogniserTest {

    @Test
    void compactSubcommitteeIdentifierGetsCanonicalNotationAndVariants() {
        AnnotatedDocument d = recognised("The joint technical committee on AI is known as ISO/IEC JTC1/SC 42 Artificial intelligence and is "
                + "responsible for standards.");
        Mention m = mention(d, EntityKind.COMMITTEE, "ISO/IEC JTC1/SC 42");
        assertEquals("ISO/IEC JTC 1/SC 42", m.notation());
        assertTrue(m.aliases().containsAll(java.util.List.of("JTC 1/SC 42", "SC 42", "ISO/IEC JTC1/SC 42 Artificial intelligence")));
    }

    @Test
    void jointCommitteeWrittenIecFirstKeepsBothSpellings() {
        AnnotatedDocument d = recognised("The joint IEC and ISO technical committee for quantum technologies, IEC/ISO JTC 3, is working on standards.");
        Mention m = mention(d, EntityKind.COMMITTEE, "IEC/ISO JTC 3");
        assertEquals("ISO/IEC JTC 3", m.notation());
        assertTrue(m.aliases().contains("IEC/ISO JTC 3"));
        assertTrue(m.aliases().contains("JTC 3"));
    }

    @Test
    void technicalCommitteesOfOneBody() {
        AnnotatedDocument d = recognised("ISO/TC 307 works on blockchain, and IEC TC 57 on power systems.");
        assertEquals("ISO/TC 307", mention(d, EntityKind.COMMITTEE, "ISO/TC 307").notation());
        assertEquals("IEC TC 57", mention(d, EntityKind.COMMITTEE, "IEC TC 57").notation());
    }

    @Test
    void studyGroupsOfItu() {
        AnnotatedDocument d = recognised("ITU-T recently established a new Study Group 20 (ITU-T SG20) on IoT. SG17 works on security.");
        Mention sg20 = mention(d, EntityKind.COMMITTEE, "Study Group 20");
        assertEquals("ITU-T SG20", sg20.notation());
        assertEquals("ITU-T SG17", mention(d, EntityKind.COMMITTEE, "SG17").notation());
    }

    @Test
    void bareStudyGroupOutsideItuTextsIsNoCommittee() {
        AnnotatedDocument d = recognised("The SG20 phone line and Study Group 3 of the school met on Monday.");
        assertTrue(d.mentions(EntityKind.COMMITTEE).isEmpty(), () -> surfaces(d, EntityKind.COMMITTEE).toString());
    }

    @Test
    void bareSubcommitteeInAJtc1Text() {
        AnnotatedDocument d = recognised("SC 27 is a subcommittee of the Joint Technical Committee (JTC1).");
        assertEquals("ISO/IEC JTC 1/SC 27", mention(d, EntityKind.COMMITTEE, "SC 27").notation());
    }

    @Test
    void workingPartyNumberTakesTheGazetteerName() {
        AnnotatedDocument d = recognised("WP.29 adopted two regulations on cybersecurity.");
        Mention m = mention(d, EntityKind.COMMITTEE, "WP.29");
        assertEquals("WP.29", m.notation());
        assertEquals("World Forum for Harmonization of Vehicle Regulations", m.label());
    }

    @Test
    void namedCommitteeWithAcronymAndPrefixedAlias() {
        AnnotatedDocument d = recognised("The UNECE High-Level Group on Modernisation of Official Statistics (HLG-MOS) has been at the "
                + "forefront. HLG-MOS published a white paper.");
        Mention m = mention(d, EntityKind.COMMITTEE, "High-Level Group on Modernisation of Official Statistics (HLG-MOS)");
        assertTrue(m.aliases().contains("HLG-MOS"));
        assertTrue(m.aliases().contains("UNECE High-Level Group on Modernisation of Official Statistics"));
        assertEquals(m.label(), mention(d, EntityKind.COMMITTEE, "HLG-MOS").label());
    }

    @Test
    void acronymInsideTheHeadAndLowerCaseComplement() {
        AnnotatedDocument d = recognised("UNECE broadened the focus of the Team of Specialists (ToS) on sustainable fisheries to ESG traceability.");
        Mention m = d.mentions(EntityKind.COMMITTEE).get(0);
        assertEquals("Team of Specialists on sustainable fisheries", m.label());
        assertTrue(m.aliases().contains("ToS"));
    }

    @Test
    void lowerCaseHeadOnlyAfterAVerbOfCreation() {
        AnnotatedDocument d = recognised("UNECE established a task force on digitalisation in energy to offer a platform. Research networks, "
                + "task forces on many topics and councils exist.");
        assertEquals(java.util.List.of("task force on digitalisation in energy"), surfaces(d, EntityKind.COMMITTEE));
        assertEquals("Task Force on digitalisation in energy", d.mentions(EntityKind.COMMITTEE).get(0).label());
    }

    @Test
    void councilsOfTheForum() {
        AnnotatedDocument d = recognised("The Forum hosts a Global Future Council on the Future of Cybersecurity, which explores cyber risk.");
        assertEquals("Global Future Council on the Future of Cybersecurity", d.mentions(EntityKind.COMMITTEE).get(0).label());
    }

    @Test
    void headInsideAnotherNameOrBeforeADateIsNoCommittee() {
        AnnotatedDocument d = recognised("The Security Council on Monday discussed AI. The Human Rights Council on Tuesday met.");
        assertTrue(d.mentions(EntityKind.COMMITTEE).isEmpty(), () -> surfaces(d, EntityKind.COMMITTEE).toString());
    }

    @Test
    void suffixHeadNeedsAName() {
        AnnotatedDocument d = recognised("The Digital Payments for Trade and Commerce Advisory Committee is dedicated to payments. "
                + "An Advisory Committee was mentioned.");
        assertEquals(java.util.List.of("Digital Payments for Trade and Commerce Advisory Committee"), surfaces(d, EntityKind.COMMITTEE));
    }

    @Test
    void wholeHeadTakesCapitalisedPremodifiers() {
        AnnotatedDocument d = recognised("SecTec has supported the UN processes on ICTs Group of Governmental Experts (GGE) and the UN GGE.");
        Mention m = d.mentions(EntityKind.COMMITTEE).get(0);
        assertEquals("ICTs Group of Governmental Experts", m.label());
        assertTrue(m.aliases().contains("Group of Governmental Experts"));
        assertEquals(2, d.mentions(EntityKind.COMMITTEE).size());
    }

    @Test
    void wellKnownCommitteeByAcronymAlone() {
        AnnotatedDocument d = recognised("UNECE\u2019s intergovernmental body UN/CEFACT continues making great strides.");
        Mention m = d.mentions(EntityKind.COMMITTEE).get(0);
        assertEquals("United Nations Centre for Trade Facilitation and Electronic Business", m.label());
        assertTrue(m.aliases().contains("UN/CEFACT"));
    }

    @Test
    void ambiguousGazetteerAcronymNeedsTheLongForm() {
        AnnotatedDocument d = recognised("The CES in Las Vegas showed new gadgets.");
        assertTrue(d.mentions(EntityKind.COMMITTEE).isEmpty());
    }

    @Test
    void europeanJointCommitteeIsNotIsoIec() {
        AnnotatedDocument d = recognised("CEN and CENELEC set up a Joint Technical Committee on AI (CEN-CENELEC JTC 21) in 2021.");
        assertEquals(java.util.List.of("CEN-CENELEC JTC 21"), surfaces(d, EntityKind.COMMITTEE));
        assertEquals("CEN-CENELEC JTC 21", d.mentions(EntityKind.COMMITTEE).get(0).notation());
    }

    @Test
    void complementStopsBeforeAYear() {
        AnnotatedDocument d = recognised("TSAG established a Focus Group on AI for Autonomous and Assisted Driving in 2019.");
        assertEquals("Focus Group on AI for Autonomous and Assisted Driving", d.mentions(EntityKind.COMMITTEE).get(0).label());
    }
}
