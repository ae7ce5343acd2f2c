package org.stdkg.rdf;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Checks extraction output against {@code ontology/shapes.ttl}: the union of the document graphs
 * (not the reference or ontology graphs, whose entities carry no evidence) must conform.
 */
public final class Conformance {

    /** Where the bundled copy of the shapes lives in the jar. */
    public static final String SHAPES = "/org/stdkg/ontology/shapes.ttl";

    private final Shapes shapes;
    private final Iris iris;

    private Conformance(Shapes shapes, Iris iris) {
        this.shapes = shapes;
        this.iris = iris;
    }

    /** A checker with the bundled shapes. */
    public static Conformance create(Iris iris) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Conformance.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("the SHACL shapes are missing from the jar (" + SHAPES + ")");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled shapes: " + e.getMessage(), e);
        }
        return new Conformance(Shapes.parse(graph), iris);
    }

    /** Validates the union of the document graphs of a dataset. */
    public ValidationReport validate(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        String documents = iris.base() + "graph/document/";
        dataset.listGraphNodes().forEachRemaining((Node g) -> {
            if (g.isURI() && g.getURI().startsWith(documents)) {
                dataset.getGraph(g).find().forEachRemaining(union::add);
            }
        });
        return ShaclValidator.get().validate(shapes, union);
    }
}
