package org.stdkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What entity resolution and the RDF writer need of one extracted document, and no more: its
 * identity, its mentions with their evidence, and its facts. The annotated text (tokens, tags,
 * sentences) is dropped once the mention evidence has been taken from it, so a large batch holds
 * only this until it is resolved; it is also what an extraction file ({@link ExtractionFile})
 * stores for one document, for {@code stdkg merge}.
 *
 * @param slug the document's slug, used in its IRIs
 * @param name the file name as given
 * @param mediaType {@code text/plain} or {@code text/html}
 * @param mentions the recognised mentions
 * @param mentionEvidence the evidence of each mention, in the order of {@code mentions}
 * @param facts the facts read by the relation rules
 */
public record ExtractedDocument(String slug, String name, String mediaType, List<Mention> mentions, List<Evidence> mentionEvidence,
        List<Fact> facts) {

    public ExtractedDocument {
        mentions = List.copyOf(mentions);
        mentionEvidence = List.copyOf(mentionEvidence);
        facts = List.copyOf(facts);
        if (mentions.size() != mentionEvidence.size()) {
            throw new IllegalArgumentException(slug + ": " + mentions.size() + " mentions but " + mentionEvidence.size() + " evidences");
        }
    }

    /** The lean form of an extraction: each mention's evidence is its sentence in the annotated text. */
    public static ExtractedDocument of(DocumentExtraction extraction) {
        List<Evidence> evidence = new ArrayList<>(extraction.mentions().size());
        for (Mention m : extraction.mentions()) {
            evidence.add(extraction.annotated().evidence(m, m.rule()));
        }
        return new ExtractedDocument(extraction.document().slug(), extraction.document().name(), extraction.document().mediaType(),
                extraction.mentions(), evidence, extraction.facts());
    }
}
