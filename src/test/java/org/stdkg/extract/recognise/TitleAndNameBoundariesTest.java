package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;

/** Where publication titles, person names and organisation names begin and end. */
class TitleAndNameBoundariesTest {

    private static List<Mention> publications(String text) {
        return new PublicationRecogniser().recognise(GenreDocs.annotated(text));
    }

    @Test
    void callAndFrameworkHeadPublications() {
        assertEquals(List.of("Paris Call for Trust and Security in Cyberspace"),
                GenreDocs.labels(publications("Launched in 2018, the Paris Call for Trust and Security in Cyberspace is a declaration.")));
        assertEquals(List.of("OECD Framework for the Classification of AI Systems"),
                GenreDocs.labels(publications("The OECD Framework for the Classification of AI Systems helps policymakers.")));
    }

    @Test
    void shortTitleMergesWithTheLongTitleItBeginsAndSwallowsNoSentenceAdverb() {
        List<Mention> found = publications("The Paris Call for Trust and Security in Cyberspace was launched in 2018.\n\nToday the Paris Call "
                + "counts more than 1,200 supporters.");
        Mention shortOne = found.stream().filter(m -> m.label().equals("Paris Call")).findFirst().orElseThrow();
        assertTrue(shortOne.aliases().contains("Paris Call for Trust and Security in Cyberspace"));
    }

    @Test
    void personsTitleIsNoPublication() {
        assertTrue(publications("The symposium will be opened by Chris Baryomunsi, Minister of ICT and National Guidance of Uganda.").isEmpty());
    }

    @Test
    void bodyAcronymAndHeadIsNoTitle() {
        assertTrue(publications("At the meeting, the group approved nine new or revised ITU-T Recommendations.").isEmpty());
        assertEquals(List.of("OECD AI Principles"), GenreDocs.labels(publications("Known as the OECD AI Principles, the text was revised.")));
    }

    @Test
    void hyphenatedSurnameAndNameBeforeItsTitle() {
        assertEquals(List.of("Doreen Bogdan-Martin"), PipelineDocs.labels("“We will look at what works,” said ITU Secretary-General Doreen "
                + "Bogdan-Martin.", EntityKind.PERSON));
        assertEquals(List.of("Bilel Jamoussi"), PipelineDocs.labels("Bilel Jamoussi, Deputy Director of the ITU Telecommunication "
                + "Standardization Bureau (TSB), welcomed the growing participation of experts.", EntityKind.PERSON));
        assertTrue(PipelineDocs.labels("Standards Australia, Chair of the session, opened the plenary.", EntityKind.PERSON).isEmpty());
    }

    @Test
    void pluralAssociationsNameNoBody() {
        List<String> orgs = PipelineDocs.labels("Regional Regulatory Associations (RAs) will meet on 2 July.", EntityKind.ORGANISATION);
        assertFalse(orgs.contains("Regional Regulatory Associations"), orgs::toString);
        assertTrue(PipelineDocs.recognised("It worked with the International Federation of Freight-Forwarders Associations (FIATA).")
                .mentions(EntityKind.ORGANISATION).stream().anyMatch(m -> m.names().contains("FIATA")));
    }

    @Test
    void pledgeListIntroducedByAVerbPhraseBeforeTheColon() {
        List<String> commitments = GenreDocs.labels(new CommitmentRecogniser().recognise(GenreDocs.annotated(
                "By endorsing the Call, supporters commit to work together to:\n• Protect the Internet – prevent damage to the public core "
                        + "of the Internet.\n• Cyber hygiene – support efforts to strengthen cyber hygiene for all actors.\n")));
        assertEquals(2, commitments.size(), commitments::toString);
        assertFalse(commitments.contains("work together to"), commitments::toString);
        assertTrue(commitments.get(0).startsWith("Protect the Internet"));
    }
}
