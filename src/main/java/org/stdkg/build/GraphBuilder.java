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
import org.stdkg.extract.DocumentExtraction;
import org.stdkg.extract.Entity;
import org.stdkg.extract.EntityKind;
import org.stdkg.rdf.Bundled;
import org.stdkg.rdf.ExtractionGraphs;
import org.stdkg.rdf.Iris;
import org.stdkg.store.GraphStore;

/**
 * Builds the knowledge graph: extracts a corpus and loads each document's graph into the store,
 * one write transaction per document (re-ingesting a document replaces its graph, so a rebuild is
 * idempotent and adding a document is incremental), and the ontology into its own graph.
 */
public final class GraphBuilder {

    private final CorpusExtractor corpus;
    private final Iris iris;

    public GraphBuilder(CorpusExtractor corpus, Iris iris) {
        this.corpus = corpus;
        this.iris = iris;
    }

    /** What a build did. */
    public record Summary(int files, int documents, long triples, Map<EntityKind, Integer> entities, Duration time,
            List<String> problems) {

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

        /** A document's graph has been committed to the store. */
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

    public Summary build(GraphStore store, List<Path> inputs, Listener listener) {
        Instant start = Instant.now();
        loadOntology(store);
        CorpusExtractor.Result result = corpus.extract(inputs, listener::problem, listener::extracted);
        ExtractionGraphs graphs = ExtractionGraphs.create(iris);
        long triples = 0;
        for (DocumentExtraction d : result.resolved().documents()) {
            DatasetGraph one = DatasetGraphFactory.createGeneral();
            graphs.write(result.resolved(), d, one);
            String graph = iris.documentGraph(d.document().slug());
            long n = store.replaceGraph(graph, one.getGraph(NodeFactory.createURI(graph)));
            listener.loaded(graph, n);
            triples += n;
        }
        Map<EntityKind, Integer> perClass = new EnumMap<>(EntityKind.class);
        for (Entity e : result.resolved().entities()) {
            perClass.merge(e.kind(), 1, Integer::sum);
        }
        return new Summary(result.files(), result.documents(), triples, perClass, Duration.between(start, Instant.now()),
                result.problems());
    }

    /** Loads the bundled ontology into its named graph. */
    public void loadOntology(GraphStore store) {
        store.replaceGraph(iris.ontologyGraph(), Bundled.graph(Bundled.ONTOLOGY));
    }
}
