package org.stdkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Compares the document graphs of a database export with reference builds, for
 * {@code bench/kill-build.sh}: every document graph of the export must be isomorphic to that
 * document's graph in one of the references (a whole document, old or new), never anything in
 * between. Prints one line per graph state and a summary; exit code 1 when a graph matches no
 * reference or the export holds a document no reference knows.
 *
 * <pre>
 * java -cp … org.stdkg.bench.GraphCompare --prefix http://localhost:3030/graph/document/ EXPORT.nq REFERENCE.nq…
 * </pre>
 */
public final class GraphCompare {

    private GraphCompare() {
    }

    public static void main(String[] args) {
        String prefix = "";
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--prefix")) {
                prefix = args[++i];
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.size() < 2) {
            System.err.println("usage: GraphCompare [--prefix IRI] EXPORT.nq REFERENCE.nq…");
            System.exit(2);
        }
        DatasetGraph export = RDFDataMgr.loadDatasetGraph(files.get(0).toString());
        List<DatasetGraph> references = new ArrayList<>();
        for (Path p : files.subList(1, files.size())) {
            references.add(RDFDataMgr.loadDatasetGraph(p.toString()));
        }
        Map<String, String> states = new TreeMap<>();
        int bad = 0;
        for (var it = export.listGraphNodes(); it.hasNext();) {
            Node g = it.next();
            if (!g.isURI() || !g.getURI().startsWith(prefix)) {
                continue;
            }
            Graph actual = export.getGraph(g);
            String state = null;
            boolean known = false;
            for (int r = 0; r < references.size() && state == null; r++) {
                if (references.get(r).containsGraph(g)) {
                    known = true;
                    if (actual.isIsomorphicWith(references.get(r).getGraph(g))) {
                        state = "as in reference " + (r + 1);
                    }
                }
            }
            if (state == null) {
                bad++;
                state = known ? "MATCHES NO REFERENCE (" + actual.size() + " triples)" : "UNKNOWN DOCUMENT";
            }
            states.put(g.getURI(), state);
        }
        int cut = prefix.length();
        states.forEach((g, s) -> System.out.println(g.substring(cut) + "\t" + s));
        long[] perReference = new long[references.size()];
        states.values().forEach(s -> {
            if (s.startsWith("as in reference ")) {
                perReference[Integer.parseInt(s.substring("as in reference ".length())) - 1]++;
            }
        });
        StringBuilder summary = new StringBuilder("summary: " + states.size() + " document graphs present");
        for (int r = 0; r < perReference.length; r++) {
            summary.append(", ").append(perReference[r]).append(" as in reference ").append(r + 1);
        }
        summary.append(", ").append(bad).append(" bad");
        System.out.println(summary);
        System.exit(bad == 0 ? 0 : 1);
    }
}
