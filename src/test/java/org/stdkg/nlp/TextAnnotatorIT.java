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
}
