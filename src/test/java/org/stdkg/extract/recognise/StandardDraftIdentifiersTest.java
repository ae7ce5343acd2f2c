package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stdkg.extract.recognise.StandardsTestDocs.mention;
import static org.stdkg.extract.recognise.StandardsTestDocs.recognised;
import static org.stdkg.extract.recognise.StandardsTestDocs.surfaces;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;

/** Drafts' references: ISO/IEC stage codes and ITU-T provisional names. */
class StandardDraftIdentifiersTest {

    @Test
    void stageCodeIsAnAliasNotPartOfTheNotation() {
        AnnotatedDocument d = recognised("Projects under development include ISO/CD TR 23642 and ISO/DIS 7603.");
        Mention cd = mention(d, EntityKind.STANDARD, "ISO/CD TR 23642");
        assertEquals("ISO/TR 23642", cd.notation());
        assertTrue(cd.aliases().contains("ISO/CD TR 23642"));
        assertEquals("ISO 7603", mention(d, EntityKind.STANDARD, "ISO/DIS 7603").notation());
        assertTrue(StandardRecogniser.stageCode("ISO/DIS 7603"));
        assertFalse(StandardRecogniser.stageCode("ISO/TR 23642"));
    }

    @Test
    void ituProvisionalNameOfADraft() {
        AnnotatedDocument d = recognised("Still under study is ITU-T X.sec-zt, which addresses a zero trust architecture.");
        assertEquals("ITU-T X.sec-zt", mention(d, EntityKind.STANDARD, "ITU-T X.sec-zt").notation());
        assertTrue(surfaces(recognised("The ITU-T X.series of Recommendations covers data networks."), EntityKind.STANDARD).isEmpty());
    }
}
