package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
import org.stdkg.document.SourceDocument;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.Mention;
import org.stdkg.extract.MentionRecogniser;
import org.stdkg.nlp.Sentence;

/**
 * Test documents without the NLP models: blocks as {@link SourceDocument#ofText} finds them, and
 * sentences cut at a full stop before a capital (enough for the genre sentences of the tests).
 */
public final class GenreDocs {

    /** A full stop before a capital or an opening quote, but not inside "U.S." and the like. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\p{Lu}\\.\\p{Lu}\\.)\\s+(?=[\\p{Lu}“‘])");

    private GenreDocs() {
    }

    public static AnnotatedDocument annotated(String text) {
        SourceDocument doc = SourceDocument.ofText("test.txt", text);
        List<Sentence> sentences = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            int from = block.start();
            Matcher m = SENTENCE_END.matcher(doc.text()).region(block.start(), block.end());
            while (m.find()) {
                sentences.add(sentence(doc, sentences.size(), b, from, m.start()));
                from = m.end();
            }
            sentences.add(sentence(doc, sentences.size(), b, from, block.end()));
        }
        return new AnnotatedDocument(doc, sentences, List.of());
    }

    /** The document after running recognisers in order, as the extractor does. */
    public static AnnotatedDocument recognised(String text, MentionRecogniser... recognisers) {
        AnnotatedDocument doc = annotated(text);
        for (MentionRecogniser r : recognisers) {
            doc = doc.withMentions(r.recognise(doc));
        }
        return doc;
    }

    public static List<String> labels(List<Mention> mentions) {
        return mentions.stream().map(Mention::label).toList();
    }

    private static Sentence sentence(SourceDocument doc, int index, int block, int start, int end) {
        return new Sentence(index, block, start, end, doc.text().substring(start, end));
    }
}
