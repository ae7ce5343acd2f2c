package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
import org.stdkg.document.SourceDocument;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;
import org.stdkg.nlp.Sentence;

/**
 * Model-free documents for the unit tests of the standards area: blocks as the real reader makes
 * them, sentences split at ". " before a capital (no tokens; the standards rules read text only).
 */
public final class StandardsTestDocs {

    /** A sentence end; not after "e.g." or "i.e.", which the annotator joins too. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\be\\.g\\.)(?<!\\bi\\.e\\.)\\s+(?=[A-Z(\\u201c])");

    private StandardsTestDocs() {
    }

    /** The text as a document with sentences and no mentions. */
    public static AnnotatedDocument bare(String text) {
        SourceDocument doc = SourceDocument.ofText("test.txt", text);
        List<Sentence> sentences = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            int start = block.start();
            Matcher m = SENTENCE_END.matcher(block.text());
            while (m.find()) {
                int end = block.start() + m.start();
                sentences.add(new Sentence(sentences.size(), b, start, end, doc.text().substring(start, end)));
                start = block.start() + m.end();
            }
            sentences.add(new Sentence(sentences.size(), b, start, block.end(), doc.text().substring(start, block.end())));
        }
        return new AnnotatedDocument(doc, sentences, List.of());
    }

    /** The text with the mentions of the standards and committee recognisers. */
    public static AnnotatedDocument recognised(String text) {
        AnnotatedDocument d = bare(text);
        d = d.withMentions(new StandardRecogniser().recognise(d));
        return d.withMentions(new CommitteeRecogniser().recognise(d));
    }

    /** The first mention of a kind whose covered text is {@code surface}. */
    public static Mention mention(AnnotatedDocument d, EntityKind kind, String surface) {
        return d.mentions(kind).stream().filter(m -> d.text(m.start(), m.end()).equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " mention '" + surface + "' in " + d.mentions(kind)));
    }

    /** Covered texts of the mentions of a kind. */
    public static List<String> surfaces(AnnotatedDocument d, EntityKind kind) {
        return d.mentions(kind).stream().map(m -> d.text(m.start(), m.end())).toList();
    }
}
