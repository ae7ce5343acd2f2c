package org.stdkg.linkeddata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.stdkg.vocab.KG;

/**
 * The description of one entity, as linked-data clients and the HTML page receive it: its own
 * triples with the labels and classes of the entities it links to, one window of its incoming
 * links (with the labels and classes of their subjects) and one window of the evidence of its
 * facts (Web Annotations with their statements, targets and selectors). Read from the union of
 * all named graphs, in a read transaction.
 *
 * <p>Bounded: an entity named in thousands of documents has thousands of incoming links and
 * evidence annotations, and describing all of them cost seconds per request (issue 6). Each list
 * holds at most {@link #WINDOW} items from an offset, in the store's index order (stable for a
 * database), and says how many there are in all ({@link Window}), counted up to
 * {@link #COUNT_LIMIT}. Read with direct index look-ups on the union graph: a fixed handful per
 * item, no query planning, no scan.
 */
public final class EntityDescriber {

    /** The most incoming links, and the most evidence annotations, one description holds. */
    public static final int WINDOW = 25;

    /** Lists are counted up to this many; a longer one is reported as "more than". */
    public static final long COUNT_LIMIT = 10_000;

    private static final Node SUBJECT = RDF.subject.asNode();
    private static final Node OBJECT = RDF.object.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node HAS_BODY = OA.hasBody.asNode();
    private static final Node HAS_TARGET = OA.hasTarget.asNode();
    private static final Node HAS_SELECTOR = OA.hasSelector.asNode();
    private static final Node REFINED_BY = OA.refinedBy.asNode();
    private static final Node DERIVED_FROM = org.stdkg.vocab.PROV.wasDerivedFrom.asNode();
    /** Incoming links that are not links: the evidence statements about the entity (shown as evidence). */
    private static final Set<Node> NOT_INCOMING = Set.of(SUBJECT, OBJECT);

    /**
     * The same description as one SPARQL CONSTRUCT query (window at offset 0), for a stock Fuseki:
     * the benchmarks send it to compare like with like.
     */
    private static final String DESCRIBE = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            CONSTRUCT {
              ?entity ?p ?o . ?o rdfs:label ?oLabel . ?o rdf:type ?oType .
              ?in ?inP ?entity . ?in rdfs:label ?inLabel . ?in rdf:type ?inType .
              ?ann ?annP ?annO . ?st ?stP ?stO . ?target ?tP ?tO . ?sel ?selP ?selO . ?mention ?mP ?mO .
            }
            WHERE {
              {
                ?entity ?p ?o
                OPTIONAL { ?o rdfs:label ?oLabel FILTER (?p != prov:wasDerivedFrom) }
                OPTIONAL { ?o rdf:type ?oType FILTER (?p != prov:wasDerivedFrom) }
              } UNION {
                { SELECT ?in ?inP WHERE { ?in ?inP ?entity FILTER (?inP NOT IN (rdf:subject, rdf:object)) } LIMIT %1$d }
                OPTIONAL { ?in rdfs:label ?inLabel }
                OPTIONAL { ?in rdf:type ?inType }
              }
              # Each part starts from the window of statements: joined to a UNION of the parts instead, ARQ
              # evaluated every part on its own, a scan of the whole store.
              UNION { { SELECT ?st WHERE { ?st rdf:subject ?entity } LIMIT %1$d } ?ann oa:hasBody ?st ; ?annP ?annO }
              UNION { { SELECT ?st WHERE { ?st rdf:subject ?entity } LIMIT %1$d } ?st ?stP ?stO }
              UNION { { SELECT ?st WHERE { ?st rdf:subject ?entity } LIMIT %1$d } ?ann oa:hasBody ?st ; oa:hasTarget ?target .
                      ?target ?tP ?tO }
              UNION { { SELECT ?st WHERE { ?st rdf:subject ?entity } LIMIT %1$d } ?ann oa:hasBody ?st ; oa:hasTarget ?target .
                      ?target oa:hasSelector ?sel . ?sel ?selP ?selO }
              UNION { { SELECT ?st WHERE { ?st rdf:subject ?entity } LIMIT %1$d } ?ann oa:hasBody ?st ; oa:hasTarget ?target .
                      ?target oa:hasSelector ?sel0 . ?sel0 oa:refinedBy ?mention . ?mention ?mP ?mO }
            }
            """.formatted(WINDOW);

    /**
     * One window of a list.
     *
     * @param offset the index of its first item
     * @param shown how many items the description holds
     * @param total how many there are in all (at most {@link #COUNT_LIMIT})
     * @param counted false when the count stopped at {@link #COUNT_LIMIT}: there are more
     */
    public record Window(long offset, int shown, long total, boolean counted) {

        /** Whether items follow this window. */
        public boolean hasMore() {
            return offset + shown < total || !counted;
        }

        /** Whether the list is longer than this window. */
        public boolean isPartial() {
            return offset > 0 || hasMore();
        }
    }

    /**
     * A description.
     *
     * @param model the triples (with the server's prefixes)
     * @param incoming the window of incoming links
     * @param evidence the window of evidence annotations (statements whose subject is the entity)
     */
    public record Description(Model model, Window incoming, Window evidence) {

        /** Whether either list is longer than its window. */
        public boolean isPartial() {
            return incoming.isPartial() || evidence.isPartial();
        }

        /** Whether either list has items after its window. */
        public boolean hasMore() {
            return incoming.hasMore() || evidence.hasMore();
        }
    }

    private final Dataset dataset;
    private final String base;

    public EntityDescriber(Dataset dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Whether the graph says anything about the IRI. */
    public boolean exists(String iri) {
        Node entity = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            ExtendedIterator<Triple> it = union().find(entity, Node.ANY, Node.ANY);
            try {
                return it.hasNext();
            } finally {
                it.close();
            }
        });
    }

    /** The CONSTRUCT query that gives what {@link #describe} gives at offset 0 (benchmarks send it to a stock server). */
    public static Query describeQuery(String iri) {
        ParameterizedSparqlString construct = new ParameterizedSparqlString(DESCRIBE);
        construct.setIri("entity", iri);
        return construct.asQuery();
    }

    /** The description with the first window of each list, or empty when the graph says nothing about the IRI. */
    public Optional<Model> describe(String iri) {
        return describe(iri, 0).map(Description::model);
    }

    /**
     * The description with the windows of its lists that start at {@code offset}, or empty when
     * the graph says nothing about the IRI.
     */
    public Optional<Description> describe(String iri, long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        Node entity = NodeFactory.createURI(iri);
        Optional<Description> description = Txn.calculateRead(dataset, () -> {
            Graph union = union();
            Graph merged = dataset.asDatasetGraph().getGraph(KG.merged.asNode());
            Graph out = GraphFactory.createDefaultGraph();
            Set<Node> linked = new HashSet<>();
            // An entity's statements from kg:merged, each once; in the union graph each is once per
            // document that makes it, and all those copies are read. A source document is not there.
            List<Triple> own = list(merged.find(entity, Node.ANY, Node.ANY));
            boolean isEntity = !own.isEmpty();
            for (Triple t : isEntity ? own : list(union.find(entity, Node.ANY, Node.ANY))) {
                out.add(t);
                Node o = t.getObject();
                // The labels and classes of the linked entities (and of the classes themselves); not of
                // the source documents, hundreds for a big body, described at their own IRIs.
                if (!o.isLiteral() && !t.getPredicate().equals(DERIVED_FROM) && linked.add(o)) {
                    nameAndClass(merged, union, o, out);
                }
            }
            if (out.isEmpty()) {
                return Optional.<Description>empty();
            }
            List<Triple> in = new ArrayList<>();
            Window incoming = incoming(isEntity ? merged : null, entity, offset, in);
            for (Triple t : in) {
                out.add(t);
                if (linked.add(t.getSubject())) {
                    nameAndClass(merged, union, t.getSubject(), out);
                }
            }
            List<Triple> statements = new ArrayList<>();
            Window evidence = window(union.find(Node.ANY, SUBJECT, entity), offset, t -> true, statements);
            for (Triple t : statements) {
                evidence(union, t.getSubject(), out);
            }
            Model model = ModelFactory.createModelForGraph(out);
            model.setNsPrefixes(Prefixes.of(base));
            return Optional.of(new Description(model, incoming, evidence));
        });
        return description;
    }

    /**
     * The labels and classes of a linked node: from kg:merged when it is an entity, else (an ontology term) from the
     * graph that defines it. When kg:merged has none, no other graph has any of an entity's either, and the union
     * lookup finds nothing at once.
     */
    private static void nameAndClass(Graph merged, Graph union, Node node, Graph out) {
        if (copy(merged, node, LABEL, out).isEmpty()) {
            copy(union, node, LABEL, out);
        }
        if (copy(merged, node, TYPE, out).isEmpty()) {
            copy(union, node, TYPE, out);
        }
    }

    /**
     * A statement's annotations: the statement, each annotation, its target, the target's selectors
     * and their refinements. Each node's triples are read once; the links to follow are taken from
     * them, not looked up again.
     */
    private static void evidence(Graph union, Node statement, Graph out) {
        copy(union, statement, Node.ANY, out);
        for (Triple body : list(union.find(Node.ANY, HAS_BODY, statement))) {
            for (Node target : follow(copy(union, body.getSubject(), Node.ANY, out), HAS_TARGET)) {
                for (Node selector : follow(copy(union, target, Node.ANY, out), HAS_SELECTOR)) {
                    for (Node mention : follow(copy(union, selector, Node.ANY, out), REFINED_BY)) {
                        copy(union, mention, Node.ANY, out);
                    }
                }
            }
        }
    }

    /** The objects of the triples with the predicate. */
    private static List<Node> follow(List<Triple> triples, Node predicate) {
        List<Node> objects = new ArrayList<>(2);
        for (Triple t : triples) {
            if (t.getPredicate().equals(predicate)) {
                objects.add(t.getObject());
            }
        }
        return objects;
    }

    /**
     * The window of incoming links from {@code offset}, and their count: of an entity, from {@code merged}; of anything
     * else (a source document), read as quads (every
     * document graph that states a link has its own) and made distinct after the evidence
     * statements are dropped: for an entity named in many documents most quads that point at it are
     * evidence statements ({@code rdf:object}), and the union graph would make every one distinct first.
     */
    private Window incoming(Graph merged, Node entity, long offset, List<Triple> into) {
        if (merged != null) {
            // An entity's incoming links are statements about entities: in kg:merged, each once.
            ExtendedIterator<Triple> links = merged.find(Node.ANY, Node.ANY, entity).filterDrop(t -> NOT_INCOMING.contains(t.getPredicate()));
            return window(links, offset, t -> true, into);
        }
        Set<Triple> seen = new HashSet<>();
        Iterator<Quad> quads = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, entity);
        ExtendedIterator<Triple> links = WrappedIterator.create(quads)
                .filterDrop(q -> NOT_INCOMING.contains(q.getPredicate()))
                .mapWith(Quad::asTriple)
                .filterKeep(seen::add);
        return window(links, offset, t -> true, into);
    }

    /**
     * Keeps the items of {@code found} that pass {@code keep} from {@code offset} on, at most
     * {@link #WINDOW}, and counts them all up to {@link #COUNT_LIMIT}.
     */
    private static Window window(ExtendedIterator<Triple> found, long offset, java.util.function.Predicate<Triple> keep, List<Triple> into) {
        long n = 0;
        try {
            while (found.hasNext()) {
                Triple t = found.next();
                if (!keep.test(t)) {
                    continue;
                }
                if (n >= offset && into.size() < WINDOW) {
                    into.add(t);
                }
                n++;
                // Past the window and the counting limit: enough work for one request.
                if (n >= Math.max(COUNT_LIMIT, offset + WINDOW)) {
                    return new Window(offset, into.size(), n, !found.hasNext());
                }
            }
        } finally {
            found.close();
        }
        return new Window(offset, into.size(), n, true);
    }

    /** Adds the triples of a subject (with a predicate, or any) to {@code out}, and returns them. */
    private static List<Triple> copy(Graph from, Node subject, Node predicate, Graph out) {
        if (subject.isLiteral()) {
            return List.of();
        }
        List<Triple> triples = list(from.find(subject, predicate, Node.ANY));
        triples.forEach(out::add);
        return triples;
    }

    private static List<Triple> list(ExtendedIterator<Triple> it) {
        try {
            List<Triple> all = new ArrayList<>();
            it.forEachRemaining(all::add);
            return all;
        } finally {
            it.close();
        }
    }

    /** Every named graph as one (what queries see as the default graph: tdb2:unionDefaultGraph). */
    private Graph union() {
        return dataset.asDatasetGraph().getUnionGraph();
    }
}
