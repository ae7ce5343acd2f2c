package org.stdkg.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

import org.stdkg.document.Block;
import org.stdkg.document.SourceDocument;

/**
 * Splits a document into sentences ({@link #annotate}), and a sentence into tokens with POS tags ({@link #tokens}),
 * with the shared {@link NlpModels}.
 *
 * <p>Tokens and tags are computed per sentence, on demand: every rule reads the sentences (they scope the rules and
 * are the evidence of every fact), while the rules ask for the tokens and tags of few sentences, and the tagger is
 * the costliest of the three models. A sentence is tagged alone, so its tags do not depend on which other sentences
 * were tagged.
 *
 * <p>Thread-safe: each thread gets its own {@code *ME} instances (which are not thread-safe),
 * built on the shared models. Sentences never cross {@link Block} boundaries, so a heading is
 * never glued to the paragraph after it.
 *
 * <p>The UD sentence model has no abbreviation list and splits after "e.g." and "i.e.", which the genre
 * writes in every list of standards ("collaborative robots (e.g. | ISO/TS 15066), safety requirements …").
 * Such pieces are joined again here, once for every rule: see {@link #joinAbbreviations}.
 */
public final class TextAnnotator {

    /** Sentences longer than this are cut at a token boundary: the POS tagger is quadratic-ish on huge inputs. */
    static final int MAX_SENTENCE_CHARS = 4_000;

    /**
     * Abbreviations that never end a sentence of the genre ("e.g.", "i.e.", "cf.", "viz.", "incl.", "approx.",
     * "vs."): the piece after them always continues the sentence. A closing bracket may follow ("(i.e.)").
     */
    private static final Pattern INNER_ABBREVIATION = Pattern.compile(
            "(?:^|[\\s(\\[\"“‘])(?:e\\.\\s?g|i\\.\\s?e|E\\.\\s?g|I\\.\\s?e|cf|viz|incl|approx|vs)\\.[)\\]]?\\s*$");

    /**
     * Abbreviations that can end a sentence ("… standards, guides, etc."): the next piece continues the
     * sentence only when it starts like a continuation (see {@link #CONTINUATION}).
     */
    private static final Pattern FINAL_ABBREVIATION = Pattern.compile("(?:^|[\\s(\\[,])(?:etc|No|Nos|al|Art|para|pp?)\\.[)\\]]?\\s*$");

    /**
     * The start of a piece that cannot begin a sentence: a lower-case word, a digit, closing or list punctuation,
     * or an identifier ("ISO/TS 15066", "ITU-T X.500", "IEC 61850", "JTC 1/SC 42").
     */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^\\s*(?:[\\p{Ll}\\d,;:)\\]]|\\S*\\d|\\p{Lu}[\\p{Lu}\\d]*(?:[/-][\\p{Lu}\\d]+)*\\s+(?:(?:TR|TS|PAS|\\p{Lu}{1,3}\\.)\\s?)?\\d)");

    private final ThreadLocal<Tools> tools;

    private TextAnnotator(NlpModels models) {
        this.tools = ThreadLocal.withInitial(() -> new Tools(models));
    }

    /** An annotator over the shared models. */
    public static TextAnnotator create() {
        return new TextAnnotator(NlpModels.get());
    }

    /**
     * The sentences of every block of the document, in order; pieces without a token (white space only) are not
     * sentences.
     *
     * @throws CancellationException when the thread is interrupted (a batch gave up on the document):
     *     OpenNLP never looks at the interrupt flag, so without this check an abandoned document would
     *     keep its worker busy to the end
     */
    public List<Sentence> annotate(SourceDocument document) {
        Tools t = tools.get();
        List<Sentence> sentences = new ArrayList<>();
        List<Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String blockText = block.text();
            for (Span s : joinAbbreviations(blockText, t.sentences.sentPosDetect(blockText))) {
                for (Span piece : cut(blockText, s)) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("annotation of " + document.name() + " interrupted");
                    }
                    Sentence sentence = sentence(document.text(), sentences.size(), b, block.start() + piece.getStart(),
                            block.start() + piece.getEnd());
                    if (sentence != null) {
                        sentences.add(sentence);
                    }
                }
            }
        }
        return sentences;
    }

    private static Sentence sentence(String text, int index, int block, int start, int end) {
        String sentenceText = text.substring(start, end);
        // The tokenizer starts from the white-space tokens: no white-space token, no token at all.
        if (WhitespaceTokenizer.INSTANCE.tokenizePos(sentenceText).length == 0) {
            return null;
        }
        return new Sentence(index, block, start, end, sentenceText);
    }

    /**
     * The tokens of one sentence with their UD POS tags and document offsets: the OpenNLP tokenizer and tagger on this
     * sentence alone.
     */
    public List<Token> tokens(Sentence sentence) {
        Tools t = tools.get();
        Span[] spans = t.tokenizer.tokenizePos(sentence.text());
        String[] words = Span.spansToStrings(spans, sentence.text());
        String[] tags = t.tagger.tag(words);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(sentence.start() + spans[i].getStart(), sentence.start() + spans[i].getEnd(), words[i], tags[i]));
        }
        return List.copyOf(tokens);
    }

    /**
     * The detector's sentence spans of one block, with a span joined to the next where the detector cut after an
     * abbreviation inside a sentence: always after "e.g.", "i.e." and the like, after "etc." or "No." only when the
     * next piece starts like a continuation (lower case, a digit, an identifier).
     */
    static List<Span> joinAbbreviations(String blockText, Span[] spans) {
        List<Span> joined = new ArrayList<>(Arrays.asList(spans));
        for (int i = 0; i + 1 < joined.size(); ) {
            Span a = joined.get(i);
            Span b = joined.get(i + 1);
            String head = blockText.substring(a.getStart(), a.getEnd());
            String next = blockText.substring(b.getStart(), b.getEnd());
            boolean join = endsWithFullStop(head) && (INNER_ABBREVIATION.matcher(head).find()
                    || (FINAL_ABBREVIATION.matcher(head).find() && CONTINUATION.matcher(next).find()));
            if (join) {
                joined.set(i, new Span(a.getStart(), b.getEnd()));
                joined.remove(i + 1);
            } else {
                i++;
            }
        }
        return joined;
    }

    /**
     * Whether a piece ends in a full stop, perhaps closed by a bracket and followed by white space: what both
     * abbreviation patterns need at their end ({@code \\.[)\\]]?\\s*$}), tested before them because they are tried at
     * every offset of the piece.
     */
    static boolean endsWithFullStop(String piece) {
        int i = piece.length() - 1;
        // '$' also matches before a line terminator that ends the input, and \u0085, \u2028, \u2029 are not \s.
        if (i >= 0 && (piece.charAt(i) == '\u0085' || piece.charAt(i) == '\u2028' || piece.charAt(i) == '\u2029')) {
            i--;
        }
        while (i >= 0 && isPatternSpace(piece.charAt(i))) {
            i--;
        }
        if (i >= 0 && (piece.charAt(i) == ')' || piece.charAt(i) == ']')) {
            i--;
        }
        return i >= 0 && piece.charAt(i) == '.';
    }

    /** {@code \\s} of a pattern without {@code (?U)}. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || (c >= 0x9 && c <= 0xd);
    }

    /** Cuts an overlong sentence span into pieces of at most {@link #MAX_SENTENCE_CHARS}, at white space where possible. */
    static List<Span> cut(String text, Span span) {
        List<Span> pieces = new ArrayList<>();
        int from = span.getStart();
        while (span.getEnd() - from > MAX_SENTENCE_CHARS) {
            int to = from + MAX_SENTENCE_CHARS;
            int space = text.lastIndexOf(' ', to);
            if (space > from + MAX_SENTENCE_CHARS / 2) {
                to = space;
            }
            pieces.add(new Span(from, to));
            from = to;
            while (from < span.getEnd() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        if (from < span.getEnd()) {
            pieces.add(new Span(from, span.getEnd()));
        }
        return pieces;
    }

    /** One thread's OpenNLP tools. */
    private static final class Tools {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;
        final POSTaggerME tagger;

        Tools(NlpModels models) {
            sentences = new SentenceDetectorME(models.sentenceModel());
            tokenizer = new TokenizerME(models.tokenizerModel());
            tagger = new POSTaggerME(models.posModel());
        }
    }
}
