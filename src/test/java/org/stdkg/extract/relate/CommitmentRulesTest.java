package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Relation;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.CommitmentRecogniser;
import org.stdkg.extract.recognise.GenreDocs;
import org.stdkg.extract.recognise.PublicationRecogniser;

class CommitmentRulesTest {

    private static final String SEOUL = """
            Representatives of IEC, ISO and ITU at the International Summit on AI Standards
            The International Electrotechnical Commission (IEC), the International Organization for Standardization (ISO), and the International Telecommunication Union (ITU), at their latest global conference in Seoul, issued a joint commitment to advance the well-being of humanity through AI standards.
            The Seoul Statement, issued today, enshrines a joint vision of the three organizations.
            The statement sets out a joint vision and commitments from ITU, ISO and IEC on how technical standards can support trustworthy AI.
            Key commitments
            The Seoul Statement outlines four key commitments to advance sustainable development.
            Together, IEC, ISO and ITU have pledged to:
            - Enhance public-private collaboration on AI capacity building.
            """;

    private static final String ROME = "UNECE has developed policy guidance to support the digital inclusion of older people. In the Rome "
            + "Ministerial Declaration on Ageing, adopted in June 2022, Ministers pledged to ‘promote age-friendly digitalisation, products "
            + "and services, and support innovation for the silver economy’.";

    private static AnnotatedDocument doc(String text) {
        return GenreDocs.recognised(text, new PublicationRecogniser(), new CommitmentRecogniser());
    }

    /** "commitment label -> object label" pairs of a rule's facts. */
    private static Set<String> pairs(List<Fact> facts) {
        Set<String> pairs = new TreeSet<>();
        for (Fact f : facts) {
            pairs.add(f.subject().label() + " -> " + ((Value.Entity) f.object()).mention().label());
        }
        return pairs;
    }

    @Test
    void committedByTheBodiesNamedBeforeThePledgeWithTheirDefinedLongForms() {
        Set<String> pairs = pairs(new CommittedByRule().apply(doc(SEOUL)));
        String main = "advance the well-being of humanity through AI standards";
        String item = "Enhance public-private collaboration on AI capacity building";
        assertEquals(Set.of(main + " -> International Electrotechnical Commission", main + " -> International Organization for Standardization",
                main + " -> International Telecommunication Union", item + " -> International Electrotechnical Commission",
                item + " -> International Organization for Standardization", item + " -> International Telecommunication Union"), pairs);
    }

    @Test
    void committedByUsesTheOrganisationRecognisersMentions() {
        String text = "Together, IEC and ITU have pledged to:\n- Enhance public-private collaboration on AI capacity building.\n";
        AnnotatedDocument doc = GenreDocs.annotated(text);
        int itu = text.indexOf("ITU");
        Mention union = new Mention(EntityKind.ORGANISATION, "International Telecommunication Union", Set.of("ITU"), null, itu, itu + 3, "test");
        doc = doc.withMentions(List.of(union));
        doc = doc.withMentions(new CommitmentRecogniser().recognise(doc));
        List<Fact> facts = new CommittedByRule().apply(doc);
        assertEquals(2, facts.size());
        assertTrue(facts.stream().anyMatch(f -> ((Value.Entity) f.object()).mention() == union));
        assertTrue(facts.stream().anyMatch(f -> ((Value.Entity) f.object()).mention().label().equals("IEC")),
                "an acronym the document does not define keeps its own name");
    }

    @Test
    void unnamedPledgersCommitNobody() {
        assertEquals(Set.of(), pairs(new CommittedByRule().apply(doc(ROME))));
    }

    @Test
    void madeAtTheNamedSummitForThePledgeAndTheSamePartiesList() {
        List<Fact> facts = new MadeAtRule().apply(doc(SEOUL));
        assertEquals(Set.of("advance the well-being of humanity through AI standards -> International Summit on AI Standards",
                "Enhance public-private collaboration on AI capacity building -> International Summit on AI Standards"), pairs(facts));
        assertTrue(facts.stream().allMatch(f -> f.relation() == Relation.MADE_AT
                && ((Value.Entity) f.object()).mention().kind() == EntityKind.EVENT));
    }

    @Test
    void noOccasionNoMadeAt() {
        assertEquals(Set.of(), pairs(new MadeAtRule().apply(doc(ROME))));
    }

    @Test
    void statedInTheStatementThatOutlinesOrSetsOutTheCommitments() {
        assertEquals(Set.of("advance the well-being of humanity through AI standards -> Seoul Statement",
                "Enhance public-private collaboration on AI capacity building -> Seoul Statement"), pairs(new StatedInRule().apply(doc(SEOUL))));
    }

    @Test
    void statedInTheDeclarationThatFramesThePledge() {
        assertEquals(Set.of("promote age-friendly digitalisation, products and services, and support innovation for the silver economy"
                + " -> Rome Ministerial Declaration on Ageing"), pairs(new StatedInRule().apply(doc(ROME))));
    }

    @Test
    void aReportOutliningFindingsStatesNoCommitment() {
        String text = "The Seoul Statement outlines findings of a survey.\nTogether, IEC and ITU have pledged to:\n- Enhance collaboration on AI.\n";
        assertEquals(Set.of(), pairs(new StatedInRule().apply(doc(text))));
    }

    @Test
    void longFormNeedsAsManyCapitalisedWordsAsTheAcronymHasLetters() {
        assertEquals("International Organization for Standardization", CommitmentContext.longForm("the International Organization for Standardization", "ISO"));
        assertEquals(null, CommitmentContext.longForm("the standards body", "ISO"));
    }
}
