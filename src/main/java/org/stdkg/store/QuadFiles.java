package org.stdkg.store;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads an N-Quads or TriG file graph by graph without holding the file in memory: each run of
 * consecutive quads of one graph is handed over as a graph of its own. {@code stdkg extract} and
 * {@code stdkg export} write each graph in one run; in other files a graph may come back later,
 * and the consumer is told whether it is the graph's first run (replace) or a later one (add to).
 */
public final class QuadFiles {

    private QuadFiles() {
    }

    /** Told each run of one graph. */
    @FunctionalInterface
    public interface GraphRun {

        /**
         * @param graphIri the graph's name
         * @param content the triples of this run, valid only during the call
         * @param first whether no earlier run of this graph was handed over
         */
        void accept(String graphIri, Graph content, boolean first);
    }

    /**
     * Hands every run of the file to {@code consumer}, in file order.
     *
     * @throws StoreException when the file is not RDF or has a triple in the default graph (the runs
     *         before it have been handed over)
     */
    public static void forEachGraph(Path file, GraphRun consumer) {
        java.util.Set<Node> seen = new java.util.HashSet<>();
        Graph buffer = GraphFactory.createGraphMem();
        Node[] current = new Node[1];
        Runnable flush = () -> {
            if (current[0] != null && !buffer.isEmpty()) {
                consumer.accept(current[0].getURI(), buffer, seen.add(current[0]));
                buffer.clear();
            }
        };
        StreamRDFBase sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (quad.isDefaultGraph() || !quad.getGraph().isURI()) {
                    throw new StoreException(file + ": a triple outside a named graph; stdkg sends named graphs only");
                }
                if (!quad.getGraph().equals(current[0])) {
                    flush.run();
                    current[0] = quad.getGraph();
                }
                buffer.add(quad.asTriple());
            }

            @Override
            public void triple(Triple triple) {
                throw new StoreException(file + ": a triple outside a named graph; stdkg sends named graphs only");
            }
        };
        try {
            RDFParser.source(file).parse(sink);
        } catch (RiotException e) {
            throw new StoreException(file + ": not valid RDF (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        flush.run();
    }
}
