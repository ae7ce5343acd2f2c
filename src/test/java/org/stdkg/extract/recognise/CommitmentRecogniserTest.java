package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stdkg.extract.recognise.GenreDocs.annotated;
import static org.stdkg.extract.recognise.GenreDocs.labels;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Mention;

class CommitmentRecogniserTest {

    static final String SEOUL = """
            International standardization bodies have pledged to cooperate on standards for artificial intelligence (AI), aiming to help build an open future for all.
            The International Electrotechnical Commission (IEC), the International Organization for Standardization (ISO), and the International Telecommunication Union (ITU), at their latest global conference in Seoul, issued a joint commitment to advance the well-being of humanity through AI standards.
            “This joint statement reflects our commitment to strengthening cooperation across our organizations to deliver relevant, robust and human-centric standards.”
            Key commitments
            The Seoul Statement outlines four key commitments to advance sustainable development.
            Together, IEC, ISO and ITU have pledged to:
            - Actively incorporate socio-technical dimensions in standards development.
            - Enhance public-private collaboration on AI capacity building.
            """;

    private static List<Mention> recognise(String text) {
        return new CommitmentRecogniser().recognise(annotated(text));
    }

    @Test
    void eachBulletOfAPledgeListIsACommitment() {
        List<Mention> found = recognise(SEOUL).stream().filter(m -> m.label().startsWith("Actively") || m.label().startsWith("Enhance")).toList();
        assertEquals(List.of("Actively incorporate socio-technical dimensions in standards development",
                "Enhance public-private collaboration on AI capacity building"), labels(found));
        assertTrue(found.get(0).aliases().contains("incorporate socio-technical dimensions in standards development"));
    }

    @Test
    void restatementsOfTheNamedPledgeAreOneCommitment() {
        List<Mention> found = recognise(SEOUL).stream().filter(m -> !m.label().startsWith("Actively") && !m.label().startsWith("Enhance")).toList();
        assertEquals(3, found.size(), "the lede, the named pledge and the quote: " + labels(found));
        for (Mention m : found) {
            assertEquals("advance the well-being of humanity through AI standards", m.label());
            assertTrue(m.aliases().contains("cooperate on standards for artificial intelligence (AI)"));
            assertTrue(m.aliases().contains("cooperate on standards for artificial intelligence"));
        }
    }

    @Test
    void quotedPledgeIsTheQuotedAction() {
        List<Mention> found = recognise("In the Rome Ministerial Declaration on Ageing, adopted in June 2022, Ministers pledged to ‘promote "
                + "age-friendly digitalisation, products and services, and support innovation for the silver economy’.");
        assertEquals(List.of("promote age-friendly digitalisation, products and services, and support innovation for the silver economy"),
                labels(found));
        assertTrue(found.get(0).aliases().contains("promote age-friendly digitalisation"));
    }

    @Test
    void mentionCoversOnlyTheFirstWordOfTheAction() {
        String text = "Member States committed to adopt ISO/IEC 42001 across their agencies.";
        Mention m = recognise(text).get(0);
        assertEquals("adopt ISO/IEC 42001 across their agencies", m.label());
        assertEquals(text.indexOf("adopt"), m.start());
        assertEquals(text.indexOf("adopt") + "adopt".length(), m.end());
    }

    @Test
    void remainingCommittedIsAStateNotAPledge() {
        assertEquals(List.of(), labels(recognise("As AI continues to evolve, the AI Governance Alliance remains committed to ensuring its "
                + "responsible and transformative development.")));
    }

    @Test
    void anOrganisationsCommitmentToAPurposeIsNoPledge() {
        assertEquals(List.of(), labels(recognise("By scaling replicable AI use cases, the MINDS program exemplifies the Forum’s commitment "
                + "to harnessing AI’s transformative potential.")));
        assertEquals(List.of(), labels(recognise("This joint statement reflects our commitment to strengthening cooperation across our organizations.")),
                "a restatement alone makes no commitment");
    }
}
