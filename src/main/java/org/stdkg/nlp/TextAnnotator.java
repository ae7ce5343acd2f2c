package org.stdkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.stdkg.document.Block;
import org.stdkg.document.SourceDocument;

/**
 * Splits a document into sentences, tokens and POS tags with the shared {@link NlpModels}.
 *
 * <p>Thread-safe: each thread gets its own {@code *ME} instances (which are not thread-safe),
 * built on the shared models. Sentences never cross {@link Block} boundaries, so a heading is
 * never glued to the paragraph after it.
 */
public final class TextAnnotator {

    /** Sentences longer than this are cut at a token boundary: the POS tagger is quadratic-ish on huge inputs. */
    static final int MAX_SENTENCE_CHARS = 4_000;

    private final ThreadLocal<Tools> tools;

    private TextAnnotator(NlpModels models) {
        this.tools = ThreadLocal.withInitial(() -> new Tools(models));
    }

    /** An annotator over the shared models. */
    public static TextAnnotator create() {
        return new TextAnnotator(NlpModels.get());
    }

    /**
     * The sentences of every block of the document, in order.
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
            for (Span s : t.sentences.sentPosDetect(blockText)) {
                for (Span piece : cut(blockText, s)) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("annotation of " + document.name() + " interrupted");
                    }
                    Sentence sentence = sentence(t, document.text(), sentences.size(), b, block.start() + piece.getStart(),
                            block.start() + piece.getEnd());
                    if (sentence != null) {
                        sentences.add(sentence);
                    }
                }
            }
        }
        return sentences;
    }

    private static Sentence sentence(Tools t, String text, int index, int block, int start, int end) {
        String sentenceText = text.substring(start, end);
        Span[] spans = t.tokenizer.tokenizePos(sentenceText);
        if (spans.length == 0) {
            return null;
        }
        String[] words = Span.spansToStrings(spans, sentenceText);
        String[] tags = t.tagger.tag(words);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(start + spans[i].getStart(), start + spans[i].getEnd(), words[i], tags[i]));
        }
        return new Sentence(index, block, start, end, sentenceText, tokens);
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
