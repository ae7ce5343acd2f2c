package org.stdkg.extract;

import java.util.List;

import org.stdkg.document.SourceDocument;

/**
 * What was extracted from one document, before entities are resolved across documents.
 *
 * @param document the document
 * @param mentions the recognised mentions
 * @param facts the facts read by the relation rules
 * @param annotated the annotated document, for evidence of the mentions (without tokens: see
 *     {@link AnnotatedDocument#withoutTokens})
 */
public record DocumentExtraction(SourceDocument document, List<Mention> mentions, List<Fact> facts, AnnotatedDocument annotated) {

    public DocumentExtraction {
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }
}
