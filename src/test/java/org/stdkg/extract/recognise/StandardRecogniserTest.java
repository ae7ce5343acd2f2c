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

class StandardRecogniserTest {

    @Test
    void technicalReportNotationKeepsInfixAndAliasDropsIt() {
        AnnotatedDocument d = recognised("ISO/IEC TR 24028 provides an overview of trustworthiness in AI systems.");
        Mention m = mention(d, EntityKind.STANDARD, "ISO/IEC TR 24028");
        assertEquals("ISO/IEC TR 24028", m.notation());
        assertTrue(m.aliases().contains("ISO/IEC 24028"));
    }

    @Test
    void singleBodyTypeIsWrittenWithSlash() {
        AnnotatedDocument d = recognised("Other standards recently published include those on health informatics (ISO/TR 21332).");
        assertEquals("ISO/TR 21332", mention(d, EntityKind.STANDARD, "ISO/TR 21332").notation());
    }

    @Test
    void partsAndSeriesAreKept() {
        AnnotatedDocument d = recognised("Standards include ISO/IEC 19086-1 and data flow, categories, and use (ISO/IEC 19944 series).");
        assertEquals("ISO/IEC 19086-1", mention(d, EntityKind.STANDARD, "ISO/IEC 19086-1").notation());
        Mention series = mention(d, EntityKind.STANDARD, "ISO/IEC 19944 series");
        assertEquals("ISO/IEC 19944 series", series.notation());
        assertTrue(series.aliases().contains("ISO/IEC 19944"));
    }

    @Test
    void familyOfStandardsIsASeries() {
        AnnotatedDocument d = recognised("The ISO/IEC 27000 family of standards covers information security management systems (ISMSs).");
        Mention m = mention(d, EntityKind.STANDARD, "ISO/IEC 27000 family of standards");
        assertEquals("ISO/IEC 27000 series", m.notation());
        assertTrue(m.aliases().contains("ISO/IEC 27000 family of standards"));
    }

    @Test
    void bareNumberAfterAndContinuesTheBody() {
        AnnotatedDocument d = recognised("Organisations certify against ISO/IEC 27001 and 27002 every year.");
        assertEquals(2, d.mentions(EntityKind.STANDARD).size());
        assertEquals("ISO/IEC 27002", d.mentions(EntityKind.STANDARD).get(1).notation());
    }

    @Test
    void ituRecommendationsGetTheSectorNotation() {
        AnnotatedDocument d = recognised("Recommendation ITU-T X.509 defines public-key certificates; ITU-T Y.4000 gives an overview of IoT.");
        assertEquals("ITU-T X.509", d.mentions(EntityKind.STANDARD).get(0).notation());
        assertEquals("ITU-T Y.4000", d.mentions(EntityKind.STANDARD).get(1).notation());
    }

    @Test
    void yearAfterBodyNameIsNoStandard() {
        AnnotatedDocument d = recognised("Delegates met at the ISO 2024 Annual Meeting in Cartagena.");
        assertTrue(d.mentions(EntityKind.STANDARD).isEmpty());
    }

    @Test
    void titleCaseDataModelIsANamedStandardWithItsAcronym() {
        AnnotatedDocument d = recognised("Examples include the Supply Chain Reference Data Model (SCRDM), used by customs.");
        Mention m = mention(d, EntityKind.STANDARD, "Supply Chain Reference Data Model (SCRDM)");
        assertEquals("Supply Chain Reference Data Model", m.label());
        assertTrue(m.aliases().contains("SCRDM"));
    }

    @Test
    void dataModelGuidelinesAndProjectsAreNoStandards() {
        AnnotatedDocument d = recognised("It has issued a set of Reference Data Model Guidelines and runs the Accounting and Audit Reference Data Model Project.");
        assertTrue(d.mentions(EntityKind.STANDARD).isEmpty(), () -> surfaces(d, EntityKind.STANDARD).toString());
    }

    @Test
    void kindNounAfterAcronymNamesADataStandard() {
        AnnotatedDocument d = recognised(
                "In a recent collaboration with FIATA, it developed the electronic FIATA Multimodal Bill of Lading (eFBL) data standard.");
        Mention m = d.mentions(EntityKind.STANDARD).get(0);
        assertEquals("electronic FIATA Multimodal Bill of Lading", m.label());
        assertTrue(m.aliases().contains("eFBL"));
        assertTrue(m.aliases().contains("eFBL data standard"));
    }

    @Test
    void bareDataStandardAndBodyStandardAreNoNames() {
        AnnotatedDocument d = recognised("The data standard is offered as open source. Members follow the ISO standard.");
        assertTrue(d.mentions(EntityKind.STANDARD).isEmpty(), () -> surfaces(d, EntityKind.STANDARD).toString());
    }

    @Test
    void committeePrefixOfANamedStandardIsDroppedInAnAlias() {
        AnnotatedDocument d = recognised("In trade, the newly released UN/CEFACT JSON-LD Web Vocabulary complements AI systems.");
        Mention m = d.mentions(EntityKind.STANDARD).get(0);
        assertEquals("UN/CEFACT JSON-LD Web Vocabulary", m.label());
        assertTrue(m.aliases().contains("JSON-LD Web Vocabulary"));
    }

    @Test
    void numberedRecommendationInAHeadingTakesItsTitleAsAlias() {
        AnnotatedDocument d = recognised("E-commerce and trade\n\nRecommendation 33 \u2013 Single Window Recommendation\n\nText follows here.");
        Mention m = d.mentions(EntityKind.STANDARD).get(0);
        assertEquals("Recommendation 33", m.label());
        assertTrue(m.aliases().contains("Single Window Recommendation"));
    }

    @Test
    void definedNameListedAsStandardsIsAStandard() {
        AnnotatedDocument d = recognised("Standards developed by ISO relate to ICTs, such as the Open Systems Interconnection (OSI), "
                + "which was created in 1983.");
        Mention m = d.mentions(EntityKind.STANDARD).get(0);
        assertEquals("Open Systems Interconnection", m.label());
        assertTrue(m.aliases().contains("OSI"));
    }

    @Test
    void definedOrganisationAfterSuchAsIsNoStandard() {
        AnnotatedDocument d = recognised("Standards bodies such as the International Electrotechnical Commission (IEC) took part.");
        assertTrue(d.mentions(EntityKind.STANDARD).isEmpty(), () -> surfaces(d, EntityKind.STANDARD).toString());
    }

    @Test
    void definedNameWhoseRelativeClauseSaysStandardsIsAStandard() {
        AnnotatedDocument d = recognised("Another output is the UN rules for Electronic Data Interchange for Administration, Commerce and "
                + "Transport (UN/ EDIFACT), which include internationally agreed upon standards.");
        Mention m = d.mentions(EntityKind.STANDARD).get(0);
        assertEquals("UN rules for Electronic Data Interchange for Administration, Commerce and Transport", m.label());
        assertTrue(m.aliases().contains("UN/EDIFACT"));
        assertTrue(m.aliases().contains("EDIFACT"));
    }

    @Test
    void laterUsesOfADefinedAcronymAreMentions() {
        AnnotatedDocument d = recognised("Examples include the Buy-Ship-Pay Reference Data Model (BSP-RDM). The BSP-RDM is widely used.");
        assertEquals(2, d.mentions(EntityKind.STANDARD).size());
        assertEquals("Buy-Ship-Pay Reference Data Model", d.mentions(EntityKind.STANDARD).get(1).label());
    }

    @Test
    void noBreakSpacesInsideNamesAreSpaces() {
        AnnotatedDocument d = recognised("Examples include the\u00a0Buy-Ship-Pay\u00a0 Reference Data Model (BSP-RDM).");
        assertEquals("Buy-Ship-Pay Reference Data Model", d.mentions(EntityKind.STANDARD).get(0).label());
    }

    @Test
    void committeeIdentifiersAreNoStandards() {
        AnnotatedDocument d = recognised("ISO/IEC JTC 1/SC 42 and ISO/TC 307 met in Geneva.");
        assertTrue(d.mentions(EntityKind.STANDARD).isEmpty());
        assertFalse(d.mentions(EntityKind.COMMITTEE).isEmpty());
        assertEquals("ISO/IEC JTC 1/SC 42", d.mentions(EntityKind.COMMITTEE).get(0).notation());
    }
}
