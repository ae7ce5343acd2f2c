package org.stdkg.build;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Entity;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.ExtractedDocument;
import org.stdkg.extract.resolve.ResolvedExtraction;
import org.stdkg.rdf.Bundled;
import org.stdkg.rdf.ExtractionGraphs;
import org.stdkg.rdf.Iris;
import org.stdkg.store.GraphNotStoredException;
import org.stdkg.store.GraphSink;

/**
 * Builds the knowledge graph: extracts a corpus and loads each document's graph into the store,
 * one write transaction per document (re-ingesting a document replaces its graph, so a rebuild is
 * idempotent and adding a document is incremental), and the ontology into its own graph.
 *
 * <p>The store is a {@link GraphSink}: the local TDB2 store, or a remote Graph Store Protocol
 * endpoint. The ontology goes first, before the extraction: a store that cannot take it fails the
 * build at once rather than after a long extraction. A document graph the store does not take is
 * a problem of the summary, and the build goes on.
 */
public final class GraphBuilder {

    private final CorpusExtractor corpus;
    private final Iris iris;

    public GraphBuilder(CorpusExtractor corpus, Iris iris) {
        this.corpus = corpus;
        this.iris = iris;
    }

    /**
     * What a build did.
     *
     * @param files input files
     * @param documents documents extracted
     * @param triples triples stored
     * @param entities entities per class
     * @param time how long it took
     * @param problems one line for each document that could not be extracted or graph not stored
     * @param notStored document graphs the store did not take
     */
    public record Summary(int files, int documents, long triples, Map<EntityKind, Integer> entities, Duration time,
            List<String> problems, int notStored) {

        public Summary {
            entities = Map.copyOf(entities);
            problems = List.copyOf(problems);
        }

        /** One line: documents, triples, entities per class, seconds. */
        public String line() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("built %d of %d documents, %d triples, entities:", documents, files, triples));
            entities.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> b.append(' ').append(e.getKey().className()).append('=').append(e.getValue()));
            b.append(String.format(" in %.1f s", time.toMillis() / 1000.0));
            if (notStored > 0) {
                b.append(String.format("; %d of %d document graphs not stored", notStored, documents));
            }
            return b.toString();
        }
    }

    /** Told what a build does, as it does it. Every method has a no-op default. */
    public interface Listener {

        /** A document that could not be extracted: one line naming it. */
        default void problem(String line) {
        }

        /** One more input file has been extracted (or rejected). */
        default void extracted() {
        }

        /** A document's graph has been committed to the store (or sent to a remote one). */
        default void loaded(String graph, long triples) {
        }
    }

    /** A listener that passes problems on and ignores the rest. */
    public static Listener problems(Consumer<String> problems) {
        return new Listener() {
            @Override
            public void problem(String line) {
                problems.accept(line);
            }
        };
    }

    /**
     * Loads the ontology, extracts the inputs and stores each document's graph.
     *
     * @throws GraphNotStoredException when the store does not take the ontology (nothing is extracted then)
     */
    public Summary build(GraphSink store, List<Path> inputs, Listener listener) {
        Instant start = Instant.now();
        loadOntology(store, iris);
        CorpusExtractor.Result result = corpus.extract(inputs, listener::problem, listener::extracted);
        return storeDocuments(store, iris, result.resolved(), result.files(), result.problems(), listener, start);
    }

    /**
     * Stores a batch extracted and resolved elsewhere (by {@code stdkg merge}) as {@link #build}
     * would: the ontology, then each document's graph.
     *
     * @param files how many input files the batch had
     * @param problems the problems met so far, one line each
     */
    public static Summary load(GraphSink store, Iris iris, ResolvedExtraction resolved, int files, List<String> problems,
            Listener listener) {
        Instant start = Instant.now();
        loadOntology(store, iris);
        return storeDocuments(store, iris, resolved, files, problems, listener, start);
    }

    private static Summary storeDocuments(GraphSink store, Iris iris, ResolvedExtraction resolved, int files, List<String> problems,
            Listener listener, Instant start) {
        ExtractionGraphs graphs = ExtractionGraphs.create(iris);
        List<String> all = new java.util.ArrayList<>(problems);
        long[] triples = new long[1];
        int notStored = 0;
        // Documents are committed together (GraphSink.batch), each whole: listener.loaded hears of
        // a document once its graph is durable.
        try (GraphSink.Batch batch = store.batch()) {
            for (ExtractedDocument d : resolved.documents()) {
                DatasetGraph one = DatasetGraphFactory.createGeneral();
                graphs.write(resolved, d, one);
                String graph = iris.documentGraph(d.slug());
                try {
                    batch.replace(graph, one.getGraph(NodeFactory.createURI(graph)), n -> {
                        listener.loaded(graph, n);
                        triples[0] += n;
                    });
                } catch (GraphNotStoredException e) {
                    notStored++;
                    all.add(e.getMessage());
                    listener.problem(e.getMessage());
                }
            }
            batch.finish();
        }
        Map<EntityKind, Integer> perClass = new EnumMap<>(EntityKind.class);
        for (Entity e : resolved.entities()) {
            perClass.merge(e.kind(), 1, Integer::sum);
        }
        return new Summary(files, resolved.documents().size(), triples[0], perClass, Duration.between(start, Instant.now()), all,
                notStored);
    }

    /** Loads the bundled ontology into its named graph. */
    public void loadOntology(GraphSink store) {
        loadOntology(store, iris);
    }

    private static void loadOntology(GraphSink store, Iris iris) {
        store.replaceGraph(iris.ontologyGraph(), Bundled.graph(Bundled.ONTOLOGY));
    }
}
