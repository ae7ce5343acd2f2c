package org.stdkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/**
 * An extraction that states exactly what the shared gold files say (split over two document graphs, entities
 * repeated in both, with evidence nodes and reference facts added) scores 1.0 on every row: merging and dedupe
 * across the real files neither lose nor invent facts.
 */
class SharedGoldRoundTripTest {

    private static final String BASE = ExtractedGraph.DEFAULT_BASE;
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final Node TYPE = NodeFactory.createURI(RDF + "type");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node ALT = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");

    /** One node per gold entity (merged within this builder's view), with its normalised names. */
    private record Made(Node node, EntityClass cls, Set<String> norm) {
    }

    @Test
    void perfectExtractionOfSharedGoldScoresOneEverywhere() throws Exception {
        assumeTrue(Files.isDirectory(Fixtures.SHARED.resolve("gold")), "shared gold files not present");
        List<GoldFile> gold = GoldParser.parseAll(List.of(Fixtures.SHARED.resolve("gold")));

        Dataset ds = DatasetFactory.createTxnMem();
        DatasetGraph dsg = ds.asDatasetGraph();
        List<Made> made = new ArrayList<>();
        for (GoldFile f : gold) {
            // Each file goes to its own document graph; entities are shared through their IRIs.
            Graph g = dsg.getGraph(NodeFactory.createURI(BASE + "graph/doc/" + made.size()));
            for (GoldEntity e : f.entities()) {
                Made m = find(made, Set.of(e.entityClass()), e.names());
                if (m == null) {
                    m = new Made(NodeFactory.createURI(BASE + "id/" + e.entityClass().localName().toLowerCase()
                            + "/" + made.size()), e.entityClass(), new java.util.HashSet<>());
                    made.add(m);
                }
                m.norm().addAll(Names.normaliseAll(e.names()));
                g.add(m.node(), TYPE, NodeFactory.createURI(e.entityClass().iri()));
                g.add(m.node(), LABEL, NodeFactory.createLiteralString(e.names().get(0)));
                for (String alt : e.names()) {
                    g.add(m.node(), ALT, NodeFactory.createLiteralString(alt));
                }
            }
            for (GoldFact x : f.facts()) {
                Made subject = find(made, x.relation().subjectClasses(), x.subject());
                assertNotNull(subject, x.source() + ":" + x.line() + " subject not found");
                Node p = NodeFactory.createURI(x.relation().predicateIri());
                Node o = object(x, made, g);
                g.add(subject.node(), p, o);
                // Evidence for the fact, which must not count.
                Node ev = NodeFactory.createBlankNode();
                g.add(ev, TYPE, NodeFactory.createURI(RDF + "Statement"));
                g.add(ev, NodeFactory.createURI(RDF + "subject"), subject.node());
                g.add(ev, NodeFactory.createURI(RDF + "predicate"), p);
                g.add(ev, NodeFactory.createURI(RDF + "object"), o);
            }
        }
        // A wrong fact in the reference graph, which must not count either.
        Made anyStandard = made.stream().filter(m -> m.cls() == EntityClass.STANDARD).findFirst().orElseThrow();
        dsg.getGraph(NodeFactory.createURI(BASE + "graph/reference")).add(anyStandard.node(),
                NodeFactory.createURI(Relation.STATUS.predicateIri()), NodeFactory.createURI(EntityClass.KG + "Withdrawn"));

        Score s = Scorer.score(gold, new ExtractedGraph(ds));
        for (KindScore k : s.entities()) {
            assertEquals(k.counts().gold(), k.counts().truePositives(), k.kind() + " " + k.misses());
            assertEquals(k.counts().extracted(), k.counts().truePositives(), k.kind() + " " + k.extras());
        }
        for (KindScore k : s.relations()) {
            assertEquals(k.counts().gold(), k.counts().truePositives(), k.kind() + " " + k.misses());
            assertEquals(k.counts().extracted(), k.counts().truePositives(), k.kind() + " " + k.extras());
        }
        assertEquals("entities P=1.000 R=1.000 F1=1.000 | relations P=1.000 R=1.000 F1=1.000",
                ScoreReport.summaryLine(s));
    }

    private static Node object(GoldFact x, List<Made> made, Graph g) {
        String first = x.object().get(0);
        switch (x.relation().valueKind()) {
            case DATE:
                XSDDatatype type = first.length() == 10 ? XSDDatatype.XSDdate
                        : first.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
                return NodeFactory.createLiteralDT(first, type);
            case STATUS:
                return NodeFactory.createURI(EntityClass.KG + (first.equals("published") ? "Published" : "InDevelopment"));
            case TEXT:
                return NodeFactory.createLiteralString(first);
            default:
                Made m = find(made, Set.of(EntityClass.values()), x.object());
                if (m != null) {
                    return m.node();
                }
                // An object no entity line names (allowed by the format): an untyped node with its names.
                Node n = NodeFactory.createURI(BASE + "id/other/" + Names.normalise(first));
                g.add(n, LABEL, NodeFactory.createLiteralString(first));
                return n;
        }
    }

    private static Made find(List<Made> made, Set<EntityClass> classes, List<String> names) {
        Set<String> norm = Names.normaliseAll(names);
        return made.stream().filter(m -> classes.contains(m.cls()) && Names.overlap(m.norm(), norm))
                .findFirst().orElse(null);
    }
}
