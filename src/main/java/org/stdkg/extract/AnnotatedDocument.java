package org.stdkg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.stdkg.document.Block;
import org.stdkg.document.SourceDocument;
import org.stdkg.nlp.Sentence;

/**
 * A document with its sentences and the mentions found so far: what recognisers and relation
 * rules read. Immutable; {@link #withMentions} returns a new instance.
 */
public final class AnnotatedDocument {

    private static final Comparator<Mention> BY_POSITION =
            Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed());

    private final SourceDocument document;
    private final List<Sentence> sentences;
    private final List<Mention> mentions;

    public AnnotatedDocument(SourceDocument document, List<Sentence> sentences, List<Mention> mentions) {
        this.document = document;
        this.sentences = List.copyOf(sentences);
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(BY_POSITION);
        this.mentions = Collections.unmodifiableList(sorted);
    }

    public SourceDocument document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public String text(int from, int to) {
        return document.text().substring(from, to);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** All mentions, by position. */
    public List<Mention> mentions() {
        return mentions;
    }

    public List<Mention> mentions(EntityKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).toList();
    }

    /** The mentions that lie inside the given offsets, by position. */
    public List<Mention> mentionsIn(int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    public List<Mention> mentionsIn(Sentence sentence) {
        return mentionsIn(sentence.start(), sentence.end());
    }

    /** Whether no mention overlaps the given offsets. */
    public boolean isFree(int from, int to) {
        return mentions.stream().noneMatch(m -> m.overlaps(from, to));
    }

    /** The sentence that contains a document offset. */
    public Optional<Sentence> sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public Block blockOf(Sentence sentence) {
        return document.blocks().get(sentence.block());
    }

    /** The sentences of one block. */
    public List<Sentence> sentencesOf(int block) {
        return sentences.stream().filter(s -> s.block() == block).toList();
    }

    /** Evidence for the words between two offsets, in the sentence that contains them. */
    public Evidence evidence(int from, int to, String rule) {
        Sentence sentence = sentenceAt(from).orElseGet(() -> nearestSentence(from));
        return Evidence.of(document.slug(), sentence, from, to, rule);
    }

    public Evidence evidence(Mention mention, String rule) {
        return evidence(mention.start(), mention.end(), rule);
    }

    private Sentence nearestSentence(int offset) {
        Sentence best = sentences.get(0);
        for (Sentence s : sentences) {
            if (s.start() <= offset) {
                best = s;
            }
        }
        return best;
    }

    /**
     * A new annotated document with more mentions. A new mention that overlaps an existing one is
     * dropped: recognisers run in order of precedence, earlier ones win.
     */
    public AnnotatedDocument withMentions(List<Mention> more) {
        List<Mention> all = new ArrayList<>(mentions);
        List<Mention> accepted = new ArrayList<>();
        for (Mention m : more) {
            boolean clash = false;
            for (Mention existing : all) {
                if (existing.overlaps(m.start(), m.end())) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                for (Mention a : accepted) {
                    if (a.overlaps(m.start(), m.end())) {
                        clash = true;
                        break;
                    }
                }
            }
            if (!clash) {
                accepted.add(m);
            }
        }
        all.addAll(accepted);
        return new AnnotatedDocument(document, sentences, all);
    }
}
