package org.stdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.document.SourceDocument;
import org.stdkg.nlp.Sentence;
import org.stdkg.nlp.TextAnnotator;
import org.stdkg.nlp.Token;

/** The tokens layer of {@link AnnotatedDocument}: computed on request, once per sentence, dropped with the rules' values. */
class AnnotatedDocumentTokensIT {

    private static final SourceDocument DOC = SourceDocument.ofText("t.txt",
            "ISO/IEC JTC 1/SC 42 develops ISO/IEC 42001. Seizo Onoe spoke in Geneva.");

    @Test
    void tokensAreComputedOnceAndSharedWithDerivedDocuments() {
        TextAnnotator annotator = TextAnnotator.create();
        AnnotatedDocument doc = new AnnotatedDocument(DOC, annotator.annotate(DOC), annotator);
        Sentence second = doc.sentences().get(1);
        List<Token> tokens = doc.tokens(second);
        assertEquals(List.of("Seizo", "Onoe", "spoke", "in", "Geneva", "."), tokens.stream().map(Token::text).toList());
        assertTrue(tokens.get(0).isProperNoun());
        assertSame(tokens, doc.tokens(second));
        AnnotatedDocument derived = doc.withMentions(List.of(Mention.of(EntityKind.PLACE, "Geneva", 64, 70, "test")));
        assertSame(tokens, derived.tokens(second));
    }

    @Test
    void documentWithoutTokensHasNone() {
        TextAnnotator annotator = TextAnnotator.create();
        AnnotatedDocument doc = new AnnotatedDocument(DOC, annotator.annotate(DOC), annotator);
        AnnotatedDocument bare = doc.withoutTokens();
        assertEquals(doc.sentences(), bare.sentences());
        assertEquals(List.of(), bare.tokens(bare.sentences().get(0)));
    }
}
