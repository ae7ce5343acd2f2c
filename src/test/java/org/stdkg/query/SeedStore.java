package org.stdkg.query;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.stdkg.build.GraphBuilder;
import org.stdkg.document.DocumentReader;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Extractor;
import org.stdkg.rdf.Iris;
import org.stdkg.store.GraphStore;

/** Test support: loads the project's {@code seeds/} into a store with the real builder. */
public final class SeedStore {

    /** The seed texts, relative to the project directory (where Maven runs the tests). */
    public static final Path SEEDS = Path.of("seeds");

    private SeedStore() {
    }

    /** The standard extraction rules. */
    public static Extractor realExtraction() {
        return Extractor.create().build();
    }

    /**
     * Only the facts of {@code seed-facts.tsv}, placed in the seeds' sentences: data of the real shape
     * that does not change as the extraction rules improve.
     */
    public static Extractor scriptedFacts() {
        return Extractor.empty().rule(ScriptedFacts.load("/org/stdkg/query/seed-facts.tsv")).build();
    }

    /** Builds the seeds into the store; fails on any problem. */
    public static GraphBuilder.Summary build(GraphStore store, Extractor extractor) {
        CorpusExtractor corpus = new CorpusExtractor(extractor, DocumentReader.create(DocumentReader.DEFAULT_MAX_BYTES), 2,
                Duration.ofSeconds(300));
        List<String> problems = new ArrayList<>();
        GraphBuilder.Summary summary = new GraphBuilder(corpus, Iris.of(Iris.DEFAULT_BASE)).build(store, List.of(SEEDS),
                GraphBuilder.problems(problems::add));
        if (!problems.isEmpty() || summary.documents() != 2) {
            throw new IllegalStateException("seeds did not build: " + summary.line() + " " + problems);
        }
        return summary;
    }
}
