package org.stdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stdkg.document.SourceDocument;

/** The publication and commitment rules on a whole news item, with real sentences and POS tags. */
class PublicationsAndCommitmentsIT {

    private static final Extractor EXTRACTOR = Extractor.create().build();

    @Test
    void seoulNewsItemGivesItsStatementFiveCommitmentsAndTheirRelations() throws IOException {
        Path seed = Path.of("seeds/000_4c18e10789c3dabd.txt");
        DocumentExtraction result = EXTRACTOR.extract(SourceDocument.ofText(seed.toString(), Files.readString(seed)));
        Set<String> publications = labels(result.mentions(), EntityKind.PUBLICATION);
        assertEquals(Set.of("Seoul Statement"), publications);
        Set<String> commitments = labels(result.mentions(), EntityKind.COMMITMENT);
        assertEquals(5, commitments.size(), commitments::toString);
        assertTrue(commitments.contains("advance the well-being of humanity through AI standards"));
        assertEquals(15, pairs(result.facts(), Relation.COMMITTED_BY).size());
        assertEquals(5, pairs(result.facts(), Relation.MADE_AT).size());
        assertEquals(5, pairs(result.facts(), Relation.STATED_IN).size());
    }

    @Test
    void reportTitlesOfAProfileParagraph() {
        String text = "The Centre also issues reports and other publications covering various cybersecurity topics. Examples include the "
                + "Global Cybersecurity Outlook; the insight report on Cybersecurity, Emerging Technology, and Systemic Risks; and the "
                + "Principles for Board Governance of Cyber Risk.\n";
        DocumentExtraction result = EXTRACTOR.extract(SourceDocument.ofText("profile.txt", text));
        assertEquals(Set.of("Global Cybersecurity Outlook", "Cybersecurity, Emerging Technology, and Systemic Risks",
                "Principles for Board Governance of Cyber Risk"), labels(result.mentions(), EntityKind.PUBLICATION));
    }

    private static Set<String> labels(List<Mention> mentions, EntityKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).map(Mention::label).collect(Collectors.toSet());
    }

    /** Distinct (subject label, object label) pairs: one commitment's paraphrases share a label. */
    private static Set<String> pairs(List<Fact> facts, Relation relation) {
        return facts.stream().filter(f -> f.relation() == relation)
                .map(f -> f.subject().label() + " -> " + Names.key(((Value.Entity) f.object()).mention().label()))
                .collect(Collectors.toSet());
    }
}
