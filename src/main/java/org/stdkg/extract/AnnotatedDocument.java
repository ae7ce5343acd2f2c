package org.stdkg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.stdkg.document.Block;
import org.stdkg.document.SourceDocument;
import org.stdkg.nlp.Sentence;
import org.stdkg.nlp.TextAnnotator;
import org.stdkg.nlp.Token;

/**
 * A document with its sentences and the mentions found so far: what recognisers and relation
 * rules read. Immutable; {@link #withMentions} returns a new instance. The tokens and POS tags of a
 * sentence are computed when a rule first asks for them ({@link #tokens}) and kept for the document.
 */
public final class AnnotatedDocument {

    private static final Comparator<Mention> BY_POSITION =
            Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed());

    private final SourceDocument document;
    private final List<Sentence> sentences;
    /** Tokenizes and tags one sentence: {@link TextAnnotator#tokens}, or no tokens at all. */
    private final Function<Sentence, List<Token>> tokenizer;
    private final List<Mention> mentions;
    /** The length of the longest mention: bounds how far before an offset an overlapping mention can start. */
    private final int longestMention;
    /** Values read from the text and sentences alone, shared by every instance {@link #withMentions} derives. */
    private final Map<Object, Object> textMemo;
    /** Values read from this instance, mentions included. */
    private final Map<Object, Object> memo = new HashMap<>();

    /** A document whose sentences have no tokens ({@link #tokens} is empty for each): for rules that read no tokens. */
    public AnnotatedDocument(SourceDocument document, List<Sentence> sentences, List<Mention> mentions) {
        this(document, sentences, NO_TOKENS, mentions, new HashMap<>());
    }

    /** A document whose sentences the annotator tokenizes and tags when a rule asks ({@link #tokens}). */
    public AnnotatedDocument(SourceDocument document, List<Sentence> sentences, TextAnnotator annotator) {
        this(document, sentences, annotator::tokens, List.of(), new HashMap<>());
    }

    private static final Function<Sentence, List<Token>> NO_TOKENS = s -> List.of();

    private AnnotatedDocument(SourceDocument document, List<Sentence> sentences, Function<Sentence, List<Token>> tokenizer,
            List<Mention> mentions, Map<Object, Object> textMemo) {
        this.textMemo = textMemo;
        this.tokenizer = tokenizer;
        this.document = document;
        this.sentences = List.copyOf(sentences);
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(BY_POSITION);
        this.mentions = Collections.unmodifiableList(sorted);
        int longest = 0;
        for (Mention m : sorted) {
            longest = Math.max(longest, m.end() - m.start());
        }
        this.longestMention = longest;
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

    /** The tokens of a sentence of this document, with their POS tags: computed on the first request, then kept. */
    public List<Token> tokens(Sentence sentence) {
        return textValue(new TokensKey(sentence.index()), d -> tokenizer.apply(sentence));
    }

    /** The key of a sentence's tokens among the {@link #textValue}s. */
    private record TokensKey(int sentence) {
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
        // Mentions are sorted by start: a binary search keeps rules that look per sentence linear in big documents.
        List<Mention> inside = new ArrayList<>();
        for (int i = firstStartingAt(from); i < mentions.size() && mentions.get(i).start() <= to; i++) {
            Mention m = mentions.get(i);
            if (m.end() <= to) {
                inside.add(m);
            }
        }
        return Collections.unmodifiableList(inside);
    }

    public List<Mention> mentionsIn(Sentence sentence) {
        return mentionsIn(sentence.start(), sentence.end());
    }

    /** The mentions that overlap the given offsets, by position (a binary search, not a scan of every mention). */
    public List<Mention> overlapping(int from, int to) {
        List<Mention> found = new ArrayList<>();
        // Only mentions starting less than one mention length before from can reach into [from, to).
        for (int i = firstStartingAt(from - longestMention); i < mentions.size() && mentions.get(i).start() < to; i++) {
            if (mentions.get(i).overlaps(from, to)) {
                found.add(mentions.get(i));
            }
        }
        return found;
    }

    /**
     * The mentions that start between two offsets (both included), by position. A mention that ends at an offset starts at
     * most {@link #longestMention()} before it.
     */
    public List<Mention> startingBetween(int from, int to) {
        List<Mention> found = new ArrayList<>();
        for (int i = firstStartingAt(from); i < mentions.size() && mentions.get(i).start() <= to; i++) {
            found.add(mentions.get(i));
        }
        return found;
    }

    /** The length of the longest mention. */
    public int longestMention() {
        return longestMention;
    }

    /** Whether no mention overlaps the given offsets. */
    public boolean isFree(int from, int to) {
        // Only mentions starting less than one mention length before from can reach into [from, to).
        for (int i = firstStartingAt(from - longestMention); i < mentions.size() && mentions.get(i).start() < to; i++) {
            if (mentions.get(i).overlaps(from, to)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first mention whose start is at or after the offset (mentions.size() when none). */
    private int firstStartingAt(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
        // Accepted mentions by start, with the longest accepted length, so that each check looks only at
        // near neighbours: a recogniser that finds thousands of mentions in a big document stays fast.
        NavigableMap<Integer, List<Mention>> accepted = new TreeMap<>();
        List<Mention> acceptedInOrder = new ArrayList<>();
        int longestAccepted = 0;
        for (Mention m : more) {
            boolean clash = !isFree(m.start(), m.end());
            if (!clash) {
                for (List<Mention> near : accepted.subMap(m.start() - longestAccepted, true, m.end(), false).values()) {
                    for (Mention a : near) {
                        if (a.overlaps(m.start(), m.end())) {
                            clash = true;
                            break;
                        }
                    }
                    if (clash) {
                        break;
                    }
                }
            }
            if (!clash) {
                accepted.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m);
                acceptedInOrder.add(m);
                longestAccepted = Math.max(longestAccepted, m.end() - m.start());
            }
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(acceptedInOrder);
        return new AnnotatedDocument(document, sentences, tokenizer, all, textMemo);
    }

    /**
     * This document without its tokens and computed values: what evidence needs (sentence offsets and texts) and the
     * mentions. A batch keeps every document's extraction until its RDF is written; tokens and the rules' values
     * are most of a document's heap and no longer needed once the rules have run.
     */
    public AnnotatedDocument withoutTokens() {
        return new AnnotatedDocument(document, sentences, NO_TOKENS, mentions, new HashMap<>());
    }

    /**
     * A value that several rules read from the text and sentences alone (not from the mentions), computed once per
     * document: instances derived by {@link #withMentions} share it. The value must not be modified.
     *
     * @param key identifies the value (a constant of the rule that computes it)
     */
    public <T> T textValue(Object key, Function<AnnotatedDocument, T> compute) {
        return memoise(textMemo, key, compute);
    }

    /** What {@link #perBlock} computes for one block: from the document text and the block's offsets. */
    @FunctionalInterface
    public interface BlockFunction<T> {
        T apply(String text, int start, int end);
    }

    /**
     * A value for each block of the document (by block index), computed once per document as {@link #textValue} is.
     *
     * @param key identifies the values (a constant of the rule that computes them)
     */
    public <T> List<T> perBlock(Object key, BlockFunction<T> compute) {
        return textValue(key, d -> {
            List<T> all = new ArrayList<>();
            for (Block block : d.document().blocks()) {
                all.add(compute.apply(d.text(), block.start(), block.end()));
            }
            return Collections.unmodifiableList(all);
        });
    }

    /**
     * A value that several rules read from this document and its mentions, computed once for this instance. The
     * value must not be modified.
     *
     * @param key identifies the value (a constant of the rule that computes it)
     */
    public <T> T value(Object key, Function<AnnotatedDocument, T> compute) {
        return memoise(memo, key, compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T memoise(Map<Object, Object> values, Object key, Function<AnnotatedDocument, T> compute) {
        // Not computeIfAbsent: a computation may ask for another value. One document is extracted by one thread.
        synchronized (values) {
            if (values.containsKey(key)) {
                return (T) values.get(key);
            }
        }
        T value = compute.apply(this);
        synchronized (values) {
            values.putIfAbsent(key, value);
            return (T) values.get(key);
        }
    }
}
