package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;

class OrganisationRecogniserTest {

    private static List<Mention> orgs(String text) {
        return ActorDocs.recognised(text).mentions(EntityKind.ORGANISATION);
    }

    private static boolean hasName(List<Mention> mentions, String name) {
        return mentions.stream().anyMatch(m -> m.names().contains(name));
    }

    @Test
    void acronymDefinitionGivesOneMentionWithBothNames() {
        List<Mention> m = orgs("The US National Institute of Standards and Technology (NIST) and its National Cybersecurity Center of Excellence (NCCoE) published a draft practice guide.");
        assertEquals(2, m.size());
        assertTrue(m.get(0).names().contains("NIST"));
        assertTrue(m.get(0).names().contains("National Institute of Standards and Technology"));
        assertTrue(m.get(1).names().contains("NCCoE"));
    }

    @Test
    void laterAcronymUseCarriesTheLongForm() {
        List<Mention> m = orgs("The National Telecommunications Regulatory Authority of Egypt (NTRA) held a forum. NTRA said it went well.");
        assertEquals(2, m.size());
        assertEquals("National Telecommunications Regulatory Authority of Egypt", m.get(1).label());
    }

    @Test
    void headedNamesWithComplementsAndLists() {
        List<Mention> m = orgs("Under our Digital Trade initiative (part of the Centre for Regions, Trade and Geopolitics), we explore trade. "
                + "UNECE has partnered with the University of Zürich to develop a tool.");
        assertTrue(hasName(m, "Centre for Regions, Trade and Geopolitics"));
        assertTrue(hasName(m, "Center for Regions, Trade and Geopolitics"));
        assertTrue(hasName(m, "University of Zürich"));
    }

    @Test
    void aCentreNeedsItsComplementAndADataBankIsNoBody() {
        List<Mention> m = orgs("Address: Centre William Rappard, Rue de Lausanne 154, 1211 Geneva 21, Switzerland. "
                + "The ITDB is the International TIR Data Bank.");
        assertFalse(hasName(m, "Centre William Rappard"));
        assertFalse(hasName(m, "International TIR Data Bank"));
    }

    @Test
    void aHeadInsideALongerNameIsNoOrganisation() {
        assertTrue(orgs("The Central Bank Digital Currency (CBDC) Policy-Makers Toolkit was published in 2020.").isEmpty());
    }

    @Test
    void gazetteerAcronymsAndCompaniesButNotInsideCommitteeIdentifiers() {
        List<Mention> m = orgs("Microsoft’s Cyber Signals report was launched. The legislation allows the FDA to act. "
                + "Work is done by UN/CEFACT and by ITU-T SG20.");
        assertTrue(hasName(m, "Microsoft"));
        assertTrue(hasName(m, "Food and Drug Administration"));
        assertFalse(hasName(m, "United Nations"));
        assertFalse(hasName(m, "ITU-T"));
    }

    @Test
    void profileHeadingGivesTheShortFormAndTheAcronymField() {
        AnnotatedDocument d = ActorDocs.recognised("World Trade Organization\nAcronym: WTO\nThe Organization deals with trade. WTO members agree.");
        List<Mention> m = d.mentions(EntityKind.ORGANISATION);
        assertTrue(m.size() >= 3);
        assertTrue(m.stream().allMatch(x -> x.label().equals("World Trade Organization")));
    }
}
