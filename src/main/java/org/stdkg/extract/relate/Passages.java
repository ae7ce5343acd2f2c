package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.nlp.Sentence;

/**
 * Sentences as the standards rules read them: the annotator's sentences, re-joined where the
 * sentence detector cut after an abbreviation inside a sentence ("collaborative robots (e.g." |
 * "ISO/TS 15066), safety requirements …"), which the genre uses in every list of standards.
 */
final class Passages {

    /** Abbreviations that end a sentence piece without ending the sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?U)(?:\\be\\.g\\.|\\bi\\.e\\.|\\bcf\\.|\\bvs\\.|\\bNo\\.|\\bincl\\.|\\bapprox\\.)\\s*$");

    /** A sentence: offsets in the document text, the block and its position in the document. */
    record Passage(int index, int block, int start, int end, String text) {

        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private Passages() {
    }

    static List<Passage> of(AnnotatedDocument d) {
        List<Passage> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        int block = -1;
        for (Sentence s : d.sentences()) {
            if (start >= 0 && s.block() == block && ABBREVIATION.matcher(d.text(start, end)).find()) {
                end = s.end();
                continue;
            }
            if (start >= 0) {
                out.add(new Passage(out.size(), block, start, end, d.text(start, end)));
            }
            start = s.start();
            end = s.end();
            block = s.block();
        }
        if (start >= 0) {
            out.add(new Passage(out.size(), block, start, end, d.text(start, end)));
        }
        return out;
    }

    static Optional<Passage> at(List<Passage> passages, int offset) {
        for (Passage p : passages) {
            if (p.contains(offset)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
