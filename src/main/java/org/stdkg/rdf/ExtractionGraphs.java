package org.stdkg.rdf;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.stdkg.extract.Entity;
import org.stdkg.extract.Evidence;
import org.stdkg.extract.ExtractedDocument;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Value;
import org.stdkg.extract.resolve.ResolvedExtraction;
import org.stdkg.vocab.KG;
import org.stdkg.vocab.PROV;

/**
 * Turns resolved extractions into RDF: one named graph per source document holding the document's
 * description, its entities (class, names, {@code prov:wasDerivedFrom}) and its facts, each fact
 * with a W3C Web Annotation carrying its evidence (see {@code ontology/stdkg.ttl}).
 */
public final class ExtractionGraphs {

    private final Iris iris;

    private ExtractionGraphs(Iris iris) {
        this.iris = iris;
    }

    public static ExtractionGraphs create(Iris iris) {
        return new ExtractionGraphs(iris);
    }

    /** All documents of a resolved batch, as a new in-memory dataset. */
    public DatasetGraph toDataset(ResolvedExtraction resolved) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (ExtractedDocument d : resolved.documents()) {
            write(resolved, d, dataset);
        }
        return dataset;
    }

    /** Adds one document's graph to a dataset. */
    public void write(ResolvedExtraction resolved, ExtractedDocument extraction, DatasetGraph dataset) {
        write(resolved, extraction, dataset::add);
    }

    /**
     * Passes the quads of one document's graph to a sink, in the order they are made; a quad may come more than once
     * (a dataset keeps one).
     */
    public void write(ResolvedExtraction resolved, ExtractedDocument extraction, Consumer<Quad> sink) {
        String slug = extraction.slug();
        Node graph = iri(iris.documentGraph(slug));
        Node doc = iri(iris.sourceDocument(slug));
        Writer w = new Writer(sink, graph, doc);
        w.add(doc, RDF.type.asNode(), KG.SourceDocument.asNode());
        w.add(doc, RDFS.label.asNode(), NodeFactory.createLiteralString(extraction.name()));
        w.add(doc, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(extraction.name()));
        w.add(doc, DCTerms.format.asNode(), NodeFactory.createLiteralString(extraction.mediaType()));

        Set<Entity> described = new LinkedHashSet<>();
        for (int i = 0; i < extraction.mentions().size(); i++) {
            Entity e = resolved.entityOf(extraction.mentions().get(i));
            Node s = describe(w, e, described);
            w.withEvidence(s, RDF.type.asNode(), e.kind().rdfClass().asNode(), extraction.mentionEvidence().get(i));
        }
        for (Fact f : extraction.facts()) {
            Node s = describe(w, resolved.entityOf(f.subject()), described);
            Node o;
            if (f.object() instanceof Value.Entity e) {
                o = describe(w, resolved.entityOf(e.mention()), described);
            } else if (f.object() instanceof Value.Literal l) {
                o = literal(l);
            } else {
                o = iri(((Value.Resource) f.object()).iri());
            }
            w.withEvidence(s, f.relation().property().asNode(), o, f.evidence());
        }
    }

    private Node describe(Writer w, Entity e, Set<Entity> described) {
        // Every mention and fact asks again: mint each entity's IRI (a slug of its name) once per document.
        Node s = w.entities.computeIfAbsent(e, x -> iri(iris.entity(x)));
        if (described.add(e)) {
            w.add(s, RDF.type.asNode(), e.kind().rdfClass().asNode());
            w.add(s, RDFS.label.asNode(), NodeFactory.createLiteralString(e.label()));
            for (String alt : e.altLabels()) {
                if (!alt.equals(e.notation())) {
                    w.add(s, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alt));
                }
            }
            if (e.notation() != null) {
                w.add(s, SKOS.notation.asNode(), NodeFactory.createLiteralString(e.notation()));
            }
            w.add(s, PROV.wasDerivedFrom.asNode(), w.doc);
        }
        return s;
    }

    private static Node literal(Value.Literal l) {
        return NodeFactory.createLiteralDT(l.lexical(), TypeMapper.getInstance().getSafeTypeByName(l.datatype()));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Writes the quads of one document graph, evidence included. */
    private final class Writer {
        final Consumer<Quad> sink;
        final Node graph;
        final Node doc;
        /** Entity IRIs minted so far (entities are shared objects of the resolved batch). */
        final Map<Entity, Node> entities = new IdentityHashMap<>();

        Writer(Consumer<Quad> sink, Node graph, Node doc) {
            this.sink = sink;
            this.graph = graph;
            this.doc = doc;
        }

        void add(Node s, Node p, Node o) {
            sink.accept(new Quad(graph, s, p, o));
        }

        /** The triple and its evidence annotation, whose IRI is a hash of the triple and the evidence span. */
        void withEvidence(Node s, Node p, Node o, Evidence ev) {
            add(s, p, o);
            String annotation = iris.evidence(ev.document(), s.toString(), p.toString(), o.toString(),
                    Integer.toString(ev.mentionStart()), Integer.toString(ev.mentionEnd()));
            Node a = iri(annotation);
            Node statement = iri(annotation + "#statement");
            Node target = iri(annotation + "#target");
            Node quote = iri(annotation + "#quote");
            Node position = iri(annotation + "#position");
            Node mention = iri(annotation + "#mention");
            add(a, RDF.type.asNode(), OA.Annotation.asNode());
            add(a, OA.motivatedBy.asNode(), OA.identifying.asNode());
            add(a, OA.hasBody.asNode(), statement);
            add(a, OA.hasTarget.asNode(), target);
            add(a, PROV.wasDerivedFrom.asNode(), doc);
            add(a, DCTerms.creator.asNode(), NodeFactory.createLiteralString(ev.rule()));
            add(statement, RDF.type.asNode(), RDF.Statement.asNode());
            add(statement, RDF.subject.asNode(), s);
            add(statement, RDF.predicate.asNode(), p);
            add(statement, RDF.object.asNode(), o);
            add(target, RDF.type.asNode(), OA.SpecificResource.asNode());
            add(target, OA.hasSource.asNode(), doc);
            add(target, OA.hasSelector.asNode(), quote);
            add(target, OA.hasSelector.asNode(), position);
            add(quote, RDF.type.asNode(), OA.TextQuoteSelector.asNode());
            add(quote, OA.exact.asNode(), NodeFactory.createLiteralString(ev.sentence()));
            add(position, RDF.type.asNode(), OA.TextPositionSelector.asNode());
            add(position, OA.start.asNode(), integer(ev.sentenceStart()));
            add(position, OA.end.asNode(), integer(ev.sentenceEnd()));
            add(position, OA.refinedBy.asNode(), mention);
            add(mention, RDF.type.asNode(), OA.TextPositionSelector.asNode());
            add(mention, OA.start.asNode(), integer(ev.mentionStart()));
            add(mention, OA.end.asNode(), integer(ev.mentionEnd()));
        }

        private Node integer(int value) {
            return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
        }
    }
}
