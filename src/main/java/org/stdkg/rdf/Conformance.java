package org.stdkg.rdf;


import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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

    private final Shapes shapes;
    private final Iris iris;

    private Conformance(Shapes shapes, Iris iris) {
        this.shapes = shapes;
        this.iris = iris;
    }

    /** A checker with the bundled shapes. */
    public static Conformance create(Iris iris) {
        return new Conformance(Shapes.parse(Bundled.graph(Bundled.SHAPES)), iris);
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
