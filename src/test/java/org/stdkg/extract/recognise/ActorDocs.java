package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
import org.stdkg.document.SourceDocument;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.Fact;
import org.stdkg.extract.MentionRecogniser;
import org.stdkg.extract.RelationRule;
import org.stdkg.nlp.Sentence;

/** Test documents without OpenNLP models: one sentence per block, split at ". " followed by a capital. */
public final class ActorDocs {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\p{Lu}\\.\\p{Lu}\\.)\\s+(?=[\\p{Lu}“])");

    private ActorDocs() {
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
                sentences.add(new Sentence(sentences.size(), b, from, m.start(), doc.text().substring(from, m.start()), List.of()));
                from = m.end();
            }
            sentences.add(new Sentence(sentences.size(), b, from, block.end(), doc.text().substring(from, block.end()), List.of()));
        }
        return new AnnotatedDocument(doc, sentences, List.of());
    }

    /** The document after the actor recognisers, in the order of the standard rules. */
    public static AnnotatedDocument recognised(String text) {
        AnnotatedDocument d = annotated(text);
        for (MentionRecogniser r : List.of(new EventRecogniser(), new OrganisationRecogniser(), new EventReferenceRecogniser(),
                new PersonRecogniser())) {
            d = d.withMentions(r.recognise(d));
        }
        return d;
    }

    public static List<Fact> facts(String text, RelationRule rule) {
        return rule.apply(recognised(text));
    }
}
