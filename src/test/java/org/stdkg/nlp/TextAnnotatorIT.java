package org.stdkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.document.SourceDocument;

/** The sentence model with the abbreviation joining: the genre's lists of standards after "e.g." stay one sentence. */
class TextAnnotatorIT {

    @Test
    void listOfStandardsAfterEgIsOneSentence() {
        String text = "These include more than 40 standards on robotics, covering collaborative robots (e.g. ISO/TS 15066), safety "
                + "requirements for industrial robots (e.g. ISO 10218 series), and personal care robots (e.g. ISO 13482). "
                + "The committee meets yearly.";
        List<Sentence> sentences = TextAnnotator.create().annotate(SourceDocument.ofText("t.txt", text));
        assertEquals(2, sentences.size(), sentences::toString);
        assertEquals("The committee meets yearly.", sentences.get(1).text());
    }

    @Test
    void tokensCarryDocumentOffsetsAndTags() {
        String text = "Heading\n\nThe committee meets in Geneva. ISO publishes standards.";
        TextAnnotator annotator = TextAnnotator.create();
        SourceDocument doc = SourceDocument.ofText("t.txt", text);
        Sentence second = annotator.annotate(doc).stream().filter(s -> s.text().startsWith("ISO")).findFirst().orElseThrow();
        List<Token> tokens = annotator.tokens(second);
        assertEquals(List.of("ISO", "publishes", "standards", "."), tokens.stream().map(Token::text).toList());
        for (Token t : tokens) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals("PROPN", tokens.get(0).pos());
        assertEquals("VERB", tokens.get(1).pos());
    }

    @Test
    void aSentenceIsTaggedAloneSoItsTagsDoNotDependOnOrder() {
        String text = "Apple pledged support. The Apple was red. Orange Telecom joined the Alliance.";
        TextAnnotator annotator = TextAnnotator.create();
        List<Sentence> sentences = annotator.annotate(SourceDocument.ofText("t.txt", text));
        List<List<Token>> forward = sentences.stream().map(annotator::tokens).toList();
        List<List<Token>> backward = new java.util.ArrayList<>();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            backward.add(0, annotator.tokens(sentences.get(i)));
        }
        assertEquals(forward, backward);
    }
}
