package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Relation;
import org.stdkg.extract.recognise.PipelineDocs;

/** Unnamed supporters of a call, the statement a pledge clause refers back to, job titles in appositions, units after their body. */
class CommitmentPartiesAndPersonRulesTest {

    private static final String CALL = """
            Launched in 2018, the Paris Call for Trust and Security in Cyberspace is a high-level declaration.
            Microsoft, Siemens and the Internet Society (ISOC) were among the first non-state supporters. The European Union also endorsed the Call.
            By endorsing the Call, supporters commit to work together to:
            • Protect the Internet – prevent damage to the public core of the Internet.
            """;

    @Test
    void unnamedSupportersAreTheOrganisationsNamedInThatRole() {
        Set<String> by = PipelineDocs.facts(CALL, new CommittedByRule(), Relation.COMMITTED_BY);
        String c = "Protect the Internet – prevent damage to the public core of the Internet -> ";
        assertEquals(Set.of(c + "Microsoft", c + "Siemens", c + "Internet Society", c + "European Union"), by);
    }

    @Test
    void pledgeClauseReferringBackToTheCallIsStatedInIt() {
        assertEquals(Set.of("Protect the Internet – prevent damage to the public core of the Internet -> Paris Call for Trust and Security in "
                + "Cyberspace"), PipelineDocs.facts(CALL, new StatedInRule(), Relation.STATED_IN));
    }

    @Test
    void supportersNamedNowhereGiveNoParties() {
        String text = "By endorsing the Call, supporters commit to work together to:\n• Protect the Internet – prevent damage to the core.\n";
        assertTrue(PipelineDocs.facts(text, new CommittedByRule(), Relation.COMMITTED_BY).isEmpty());
    }

    @Test
    void appositionEndsBeforeTheSentencesVerb() {
        Set<String> titles = PipelineDocs.facts("Bilel Jamoussi, Deputy Director of the ITU Telecommunication Standardization Bureau (TSB), "
                + "welcomed the growing participation of experts from developing countries.", new PersonRelationRule(), Relation.JOB_TITLE);
        assertEquals(Set.of("Bilel Jamoussi -> Deputy Director of the ITU Telecommunication Standardization Bureau (TSB)"), titles);
    }

    @Test
    void longJobTitleEndsWithTheBodiesItNames() {
        Set<String> titles = PipelineDocs.facts("According to Cosmas Luckyson Zavazava, Director of the ITU Telecommunication Development "
                + "Bureau, the symposium is the place where regulators can compare experience and agree on practical guidance.",
                new PersonRelationRule(), Relation.JOB_TITLE);
        assertEquals(Set.of("Cosmas Luckyson Zavazava -> Director of the ITU Telecommunication Development Bureau"), titles);
    }

    @Test
    void bodyPrefixInsideACommitteeNameIsNoAffiliation() {
        Set<String> aff = PipelineDocs.facts("“Trust matters,” said Arnaud Taddei, Chair of ITU-T Study Group 17.", new PersonRelationRule(),
                Relation.AFFILIATION);
        assertEquals(Set.of("Arnaud Taddei -> ITU-T SG17"), aff);
    }

    @Test
    void unitWrittenAfterItsBodysAcronymIsPartOfIt() {
        Set<String> sub = PipelineDocs.facts("It is organized by the ITU Telecommunication Development Bureau (BDT).", new OrganisationRelationRule(),
                Relation.SUB_ORGANIZATION_OF);
        assertTrue(sub.stream().anyMatch(f -> f.endsWith("-> International Telecommunication Union")), sub::toString);
        assertTrue(PipelineDocs.facts("The OECD Broadband Portal publishes statistics.", new OrganisationRelationRule(),
                Relation.SUB_ORGANIZATION_OF).isEmpty());
    }
}
