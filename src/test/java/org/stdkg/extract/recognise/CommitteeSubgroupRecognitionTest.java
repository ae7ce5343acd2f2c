package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stdkg.extract.recognise.StandardsTestDocs.mention;
import static org.stdkg.extract.recognise.StandardsTestDocs.recognised;
import static org.stdkg.extract.recognise.StandardsTestDocs.surfaces;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;

/** Committees below a TC/SC, ITU working parties and regional groups, European joint committees, committee heads. */
class CommitteeSubgroupRecognitionTest {

    @Test
    void jointWorkingGroupOfATechnicalCommitteeKeepsItsType() {
        AnnotatedDocument d = recognised("Security questions are handled by ISO/TC 307/JWG 4, a joint working group. JWG 4 is responsible "
                + "for ISO/DIS 7603.");
        assertEquals("ISO/TC 307/JWG 4", mention(d, EntityKind.COMMITTEE, "ISO/TC 307/JWG 4").notation());
        Mention bare = mention(d, EntityKind.COMMITTEE, "JWG 4");
        assertEquals("ISO/TC 307/JWG 4", bare.notation());
        assertFalse(bare.names().contains("JWG 4"), "a bare 'JWG 4' would merge the groups of different committees");
    }

    @Test
    void bareWorkingGroupBelongsToTheCommitteeNamedBefore() {
        AnnotatedDocument d = recognised("IEC TC 57 works through working groups. WG 10 prepares the IEC 61850 series, and TC 57 WG 15 "
                + "looks after security.");
        Mention wg10 = mention(d, EntityKind.COMMITTEE, "WG 10");
        assertEquals("IEC TC 57/WG 10", wg10.notation());
        assertTrue(wg10.aliases().contains("TC 57 WG 10"));
        assertEquals("IEC TC 57/WG 15", mention(d, EntityKind.COMMITTEE, "TC 57 WG 15").notation());
    }

    @Test
    void bareWorkingGroupWithoutACommitteeIsNoMention() {
        assertTrue(surfaces(recognised("The WG 10 meeting took place in Paris."), EntityKind.COMMITTEE).isEmpty());
    }

    @Test
    void ituWorkingPartiesOnlyInTextsAboutItu() {
        AnnotatedDocument d = recognised("ITU-T SG17 carries out its work in working parties: WP1/17 deals with strategy.");
        Mention wp = mention(d, EntityKind.COMMITTEE, "WP1/17");
        assertEquals("ITU-T WP1/17", wp.notation());
        assertTrue(wp.aliases().contains("Working Party 1/17"));
        assertTrue(surfaces(recognised("The plan covers WP1/17 of the budget."), EntityKind.COMMITTEE).isEmpty());
    }

    @Test
    void europeanJointCommitteeWrittenWithSlashes() {
        AnnotatedDocument d = recognised("CEN and CENELEC have set up a joint technical committee, CEN/CLC/JTC 19, on blockchain.");
        assertEquals("CEN-CENELEC JTC 19", mention(d, EntityKind.COMMITTEE, "CEN/CLC/JTC 19").notation());
    }

    @Test
    void regionalGroupsAndSystemsCommitteesAreNamedByTheirHeads() {
        AnnotatedDocument d = recognised("Earlier this year, the SG17 Regional Group for Africa met in Kigali. Within IEC, TC 57 liaises "
                + "with the Systems Committee on Smart Energy (SyC Smart Energy).");
        List<String> labels = d.mentions(EntityKind.COMMITTEE).stream().map(Mention::label).toList();
        assertTrue(labels.contains("Regional Group for Africa"), labels::toString);
        assertTrue(labels.contains("Systems Committee on Smart Energy"), labels::toString);
        assertTrue(mention(d, EntityKind.COMMITTEE, "Regional Group for Africa").aliases().contains("SG17 Regional Group for Africa"));
    }

    @Test
    void bodyInsideADocumentTitleIsNoCommittee() {
        List<String> inTitle = surfaces(recognised("In May 2019, OECD members adopted the Recommendation of the Council on Artificial "
                + "Intelligence."), EntityKind.COMMITTEE);
        assertTrue(inTitle.isEmpty(), inTitle::toString);
        assertEquals(List.of("Council on the Connected World"),
                surfaces(recognised("The Council on the Connected World published a report."), EntityKind.COMMITTEE));
    }

    @Test
    void studyGroupAtTheEndOfASentence() {
        AnnotatedDocument d = recognised("“Trust matters,” said the Chair of ITU-T Study Group 17. The texts were agreed.");
        assertEquals("ITU-T SG17", mention(d, EntityKind.COMMITTEE, "ITU-T Study Group 17").notation());
        assertTrue(surfaces(recognised("ITU-T Study Group 17.1 is no group."), EntityKind.COMMITTEE).isEmpty());
    }
}
