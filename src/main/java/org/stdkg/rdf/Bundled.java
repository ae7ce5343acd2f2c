package org.stdkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The Turtle files bundled in the jar: the ontology and the SHACL shapes. */
public final class Bundled {

    /** The ontology ({@code ontology/stdkg.ttl}). */
    public static final String ONTOLOGY = "/org/stdkg/ontology/stdkg.ttl";
    /** The SHACL shapes ({@code ontology/shapes.ttl}). */
    public static final String SHAPES = "/org/stdkg/ontology/shapes.ttl";

    private Bundled() {
    }

    /** A bundled Turtle file, parsed into a new graph. */
    public static Graph graph(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Bundled.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return graph;
    }
}
