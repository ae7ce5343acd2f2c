package org.stdkg.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.stdkg.document.SourceDocument;

/** An abandoned document (its worker interrupted after a timeout) stops being annotated instead of running on. */
class TextAnnotatorInterruptIT {

    private static final SourceDocument DOC = SourceDocument.ofText("news.txt",
            "ITU hosted the summit in Geneva.\nISO/IEC 42001 was published in 2023.\n");

    @Test
    void interruptedThreadStopsAnnotating() {
        TextAnnotator annotator = TextAnnotator.create();
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> annotator.annotate(DOC));
        } finally {
            // Clear the flag so that the test runner's thread is left as it was.
            Thread.interrupted();
        }
    }

    @Test
    void uninterruptedThreadAnnotates() {
        assertFalse(TextAnnotator.create().annotate(DOC).isEmpty());
        TextAnnotator annotator = TextAnnotator.create();
        assertTrue(annotator.annotate(DOC).stream().allMatch(s -> !annotator.tokens(s).isEmpty()));
    }
}
