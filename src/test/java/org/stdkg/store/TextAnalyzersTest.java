package org.stdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.query.text.analyzer.ConfigurableAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The text index's analyzer (jena-text's ConfigurableAnalyzer, as fuseki-config.ttl describes it)
 * analyses the same on many threads at once as on one. jena-text hands each new filter its input
 * through one static array shared by every thread: two threads that first use the analyzer at the
 * same moment could get each other's tokenizer, and one of them then failed every later search
 * with "TokenStream contract violation" (bench/load.sh, 32 clients). {@link TextAnalyzers} gives
 * every filter its own array.
 */
class TextAnalyzersTest {

    @Test
    void threadsThatFirstUseTheAnalyzerTogetherEachGetTheirOwnTokens() throws Exception {
        TextAnalyzers.install();
        int threads = 16;
        AtomicInteger wrong = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int round = 0; round < 100; round++) {
            // A fresh analyzer each round: every thread creates its token stream components anew, all at once.
            Analyzer analyzer = new ConfigurableAnalyzer(TextVocab.NS + "StandardTokenizer",
                    List.of(TextVocab.NS + "ASCIIFoldingFilter", TextVocab.NS + "LowerCaseFilter"));
            CyclicBarrier together = new CyclicBarrier(threads);
            List<Thread> all = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String word = "Zürich" + t;
                Thread thread = new Thread(() -> {
                    try {
                        together.await(30, TimeUnit.SECONDS);
                        for (int i = 0; i < 3; i++) {
                            if (!List.of("zurich" + word.substring(6), "office").equals(tokens(analyzer, word + " Office"))) {
                                wrong.incrementAndGet();
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                        wrong.incrementAndGet();
                    }
                });
                all.add(thread);
                thread.start();
            }
            for (Thread t : all) {
                t.join(60_000);
            }
        }
        assertEquals(0, wrong.get(), () -> "analyses that went wrong; first failure: " + failure.get());
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        }
        return tokens;
    }
}
