package org.stdkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * What the extractor produced, read once from a Jena dataset into an immutable snapshot.
 *
 * <p>The view scored is the default graph plus every named graph except {@code {base}graph/reference} (curated
 * gazetteer facts, which are not extraction output: CONTRACT.md section 1) and {@code {base}graph/ontology}
 * (class and property declarations). Names are read from the same view.
 *
 * <p>Evidence nodes ({@code rdf:Statement} reifications and {@code oa:Annotation}s) are skipped as subjects: they
 * describe facts rather than state them, so counting them would double-count every fact.
 */
public final class ExtractedGraph {

    /** The default {@code {base}} of CONTRACT.md section 1. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final Node RDF_TYPE = NodeFactory.createURI(RDF + "type");
    private static final Node RDF_STATEMENT = NodeFactory.createURI(RDF + "Statement");
    private static final List<Node> REIFICATION = List.of(NodeFactory.createURI(RDF + "subject"),
            NodeFactory.createURI(RDF + "predicate"), NodeFactory.createURI(RDF + "object"));
    private static final Node OA_ANNOTATION = NodeFactory.createURI("http://www.w3.org/ns/oa#Annotation");
    /** Name predicates in display order: the preferred label first. */
    private static final List<Node> NAME_PREDICATES = List.of(
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel"),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation"));
    private static final String KG_PUBLISHED = EntityClass.KG + "Published";
    private static final String KG_IN_DEVELOPMENT = EntityClass.KG + "InDevelopment";

    private final String base;
    private final List<ExtractedEntity> entities;
    private final List<ExtractedFact> facts;

    /** Reads the dataset with the default base {@value #DEFAULT_BASE}. */
    public ExtractedGraph(Dataset dataset) {
        this(dataset, DEFAULT_BASE);
    }

    /**
     * Reads the dataset, leaving out the reference and ontology graphs under {@code base}.
     *
     * @param dataset the extraction output; read inside a read transaction unless one is already active or the
     *        dataset has none
     * @param base the {@code {base}} IRI; a missing trailing {@code /} is added
     */
    public ExtractedGraph(Dataset dataset, String base) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(base, "base");
        this.base = base.endsWith("/") ? base : base + "/";
        // TDB2 refuses reads outside a transaction; a caller already inside one must not start a nested one.
        Graph view = dataset.isInTransaction() || !dataset.supportsTransactions()
                ? scoredView(dataset.asDatasetGraph())
                : Txn.calculateRead(dataset, () -> scoredView(dataset.asDatasetGraph()));
        Set<Node> evidence = evidenceNodes(view);
        this.entities = List.copyOf(readEntities(view, evidence));
        this.facts = List.copyOf(readFacts(view, evidence));
    }

    /** The base used to find the excluded graphs, always ending in {@code /}. */
    public String base() {
        return base;
    }

    /** Extracted entities, ordered by class then id. */
    public List<ExtractedEntity> entities() {
        return entities;
    }

    /** Extracted facts with a scored predicate (before any subject-class filter), ordered by relation, subject, object. */
    public List<ExtractedFact> facts() {
        return facts;
    }

    /** Copies the scored graphs into one in-memory graph; a triple stated in several graphs appears once. */
    private Graph scoredView(DatasetGraph dsg) {
        Node reference = NodeFactory.createURI(base + "graph/reference");
        Node ontology = NodeFactory.createURI(base + "graph/ontology");
        Graph view = GraphFactory.createDefaultGraph();
        copy(dsg.getDefaultGraph(), view);
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext();) {
            Node g = it.next();
            if (!g.equals(reference) && !g.equals(ontology)) {
                copy(dsg.getGraph(g), view);
            }
        }
        return view;
    }

    private static void copy(Graph from, Graph to) {
        ExtendedIterator<Triple> it = from.find();
        try {
            it.forEachRemaining(to::add);
        } finally {
            it.close();
        }
    }

    private static Set<Node> evidenceNodes(Graph view) {
        Set<Node> out = new LinkedHashSet<>();
        view.find(Node.ANY, RDF_TYPE, RDF_STATEMENT).mapWith(Triple::getSubject).forEachRemaining(out::add);
        view.find(Node.ANY, RDF_TYPE, OA_ANNOTATION).mapWith(Triple::getSubject).forEachRemaining(out::add);
        // A reification without an rdf:type is still evidence.
        for (Node p : REIFICATION) {
            view.find(Node.ANY, p, Node.ANY).mapWith(Triple::getSubject).forEachRemaining(out::add);
        }
        return out;
    }

    private static boolean isEntityNode(Node n, Set<Node> evidence) {
        return (n.isURI() || n.isBlank()) && !evidence.contains(n);
    }

    private static List<ExtractedEntity> readEntities(Graph view, Set<Node> evidence) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (EntityClass c : EntityClass.values()) {
            Set<Node> subjects = new LinkedHashSet<>();
            view.find(Node.ANY, RDF_TYPE, NodeFactory.createURI(c.iri())).mapWith(Triple::getSubject)
                    .filterKeep(s -> isEntityNode(s, evidence)).forEachRemaining(subjects::add);
            subjects.stream().map(s -> new ExtractedEntity(id(s), c, names(view, s)))
                    .sorted(Comparator.comparing(ExtractedEntity::id)).forEach(out::add);
        }
        return out;
    }

    private static List<ExtractedFact> readFacts(Graph view, Set<Node> evidence) {
        List<ExtractedFact> out = new ArrayList<>();
        for (Relation r : Relation.values()) {
            List<ExtractedFact> forRelation = new ArrayList<>();
            List<Triple> triples = view.find(Node.ANY, NodeFactory.createURI(r.predicateIri()), Node.ANY).toList();
            for (Triple t : triples) {
                Node s = t.getSubject();
                if (!isEntityNode(s, evidence)) {
                    continue;
                }
                Node o = t.getObject();
                forRelation.add(new ExtractedFact(r, id(s), classes(view, s), names(view, s), id(o),
                        objectValues(view, r, o)));
            }
            forRelation.sort(Comparator.comparing(ExtractedFact::subject).thenComparing(ExtractedFact::object));
            out.addAll(forRelation);
        }
        return out;
    }

    private static List<String> objectValues(Graph view, Relation r, Node o) {
        if (o.isLiteral()) {
            return List.of(o.getLiteralLexicalForm());
        }
        if (r == Relation.STATUS && o.isURI()) {
            // Map the status individuals onto the words gold files use.
            if (o.getURI().equals(KG_PUBLISHED)) {
                return List.of("published");
            }
            if (o.getURI().equals(KG_IN_DEVELOPMENT)) {
                return List.of("inDevelopment");
            }
            return List.of(o.getLocalName());
        }
        return names(view, o);
    }

    private static Set<EntityClass> classes(Graph view, Node s) {
        Set<EntityClass> out = EnumSet.noneOf(EntityClass.class);
        view.find(s, RDF_TYPE, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                .forEachRemaining(t -> EntityClass.fromIri(t.getURI()).ifPresent(out::add));
        return out;
    }

    /** Label(s) first, then alternative labels, then notations; each group sorted so output is reproducible. */
    private static List<String> names(Graph view, Node s) {
        Set<String> out = new LinkedHashSet<>();
        for (Node p : NAME_PREDICATES) {
            Set<String> group = new TreeSet<>();
            view.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                    .forEachRemaining(l -> group.add(l.getLiteralLexicalForm()));
            out.addAll(group);
        }
        return List.copyOf(out);
    }

    private static String id(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return n.toString();
    }
}
