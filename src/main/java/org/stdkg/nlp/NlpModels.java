package org.stdkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English UD models of OpenNLP (sentence detector, tokenizer, POS tagger), loaded once per JVM
 * from the {@code opennlp-models-*-en} artifacts on the class path.
 *
 * <p>Models are immutable and thread-safe; the {@code *ME} classes that use them are not, which is
 * why {@link TextAnnotator} keeps one set per thread. The model files are looked up by resource
 * name rather than through each artifact's {@code model.properties}: the three artifacts share that
 * file name, so only the {@code .bin} names survive in the shaded jar.
 */
public final class NlpModels {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;

    private NlpModels() {
        try {
            sentenceModel = new SentenceModel(open(SENTENCE_MODEL));
            tokenizerModel = new TokenizerModel(open(TOKEN_MODEL));
            posModel = new POSModel(open(POS_MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenNLP model: " + e.getMessage(), e);
        }
    }

    /** The shared models, loaded on first use. */
    public static NlpModels get() {
        return Holder.INSTANCE;
    }

    public SentenceModel sentenceModel() { return sentenceModel; }

    public TokenizerModel tokenizerModel() { return tokenizerModel; }

    public POSModel posModel() { return posModel; }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is not on the class path (opennlp-models-*-en 1.3.0 missing?)");
        }
        return in;
    }

    /** Lazy, thread-safe initialisation by the class loader. */
    private static final class Holder {
        static final NlpModels INSTANCE = new NlpModels();
    }
}
