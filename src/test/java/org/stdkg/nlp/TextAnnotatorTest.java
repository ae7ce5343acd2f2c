package org.stdkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

import org.junit.jupiter.api.Test;

/** The re-joining of sentence pieces that the sentence model cuts after an abbreviation (no models needed). */
class TextAnnotatorTest {

    /** Spans cut after each of the given piece ends, as the detector would return them. */
    private static Span[] cutAfter(String text, String... pieceEnds) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (String end : pieceEnds) {
            int at = text.indexOf(end, start) + end.length();
            spans.add(new Span(start, at));
            start = at;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        spans.add(new Span(start, text.length()));
        return spans.toArray(new Span[0]);
    }

    private static List<String> pieces(String text, Span[] spans) {
        return TextAnnotator.joinAbbreviations(text, spans).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void egBeforeAnIdentifierContinuesTheSentence() {
        String text = "These include collaborative robots (e.g. ISO/TS 15066), and personal care robots (e.g. ISO 13482). A further three issues remain.";
        List<String> out = pieces(text, cutAfter(text, "robots (e.g.", "(e.g.", "ISO 13482)."));
        assertEquals(List.of("These include collaborative robots (e.g. ISO/TS 15066), and personal care robots (e.g. ISO 13482).",
                "A further three issues remain."), out);
    }

    @Test
    void egAndIeBeforeLowerCaseOrCapitalisedWordsContinueTheSentence() {
        String text = "Information on the committee (e.g. scope, programme of work) is online. Smart contracts (i.e. Computer programs) matter.";
        List<String> out = pieces(text, cutAfter(text, "(e.g.", "online.", "(i.e."));
        assertEquals(List.of("Information on the committee (e.g. scope, programme of work) is online.",
                "Smart contracts (i.e. Computer programs) matter."), out);
    }

    @Test
    void etcContinuesOnlyBeforeAContinuation() {
        String text = "It covers guides, reports, etc. and other documents. It lists standards, guides, etc. The committee meets yearly.";
        List<String> out = pieces(text, cutAfter(text, "etc.", "documents.", "etc."));
        assertEquals(List.of("It covers guides, reports, etc. and other documents.", "It lists standards, guides, etc.",
                "The committee meets yearly."), out);
    }

    @Test
    void ordinarySentenceEndsStaySplit() {
        String text = "ISO published the standard. IEC 61850 is in use. The summit closed.";
        List<String> out = pieces(text, cutAfter(text, "standard.", "use."));
        assertEquals(List.of("ISO published the standard.", "IEC 61850 is in use.", "The summit closed."), out);
    }

    @Test
    void aPieceThatTheAbbreviationPatternsCouldEndIsOneThatEndsWithAFullStop() {
        java.util.regex.Pattern end = java.util.regex.Pattern.compile("\\.[)\\]]?\\s*$");
        java.util.Random random = new java.util.Random(3);
        String alphabet = "a.)] \n\r\t\u0085\u2028\u2029(";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String piece = b.toString();
            assertEquals(end.matcher(piece).find(), TextAnnotator.endsWithFullStop(piece), () -> piece.chars().boxed().toList().toString());
        }
    }
}
