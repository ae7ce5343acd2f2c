package org.stdkg.linkeddata;

import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/**
 * The description of one entity, as linked-data clients and the HTML page receive it: its own
 * triples, the labels and classes of the entities it links to, its incoming links (with the
 * labels and classes of their subjects), and the evidence of its facts (Web Annotations with
 * their statements, targets and selectors). Read from every named graph, in a read transaction.
 */
public final class EntityDescriber {

    private static final String DESCRIBE = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            CONSTRUCT {
              ?entity ?p ?o . ?o rdfs:label ?oLabel . ?o rdf:type ?oType .
              ?in ?inP ?entity . ?in rdfs:label ?inLabel . ?in rdf:type ?inType .
              ?ann ?annP ?annO . ?st ?stP ?stO . ?target ?tP ?tO . ?sel ?selP ?selO . ?mention ?mP ?mO .
            }
            WHERE {
              {
                GRAPH ?g { ?entity ?p ?o }
                OPTIONAL { GRAPH ?g1 { ?o rdfs:label ?oLabel } }
                OPTIONAL { GRAPH ?g2 { ?o rdf:type ?oType } }
              } UNION {
                GRAPH ?g { ?in ?inP ?entity }
                FILTER (?inP NOT IN (rdf:subject, rdf:object))
                OPTIONAL { GRAPH ?g1 { ?in rdfs:label ?inLabel } }
                OPTIONAL { GRAPH ?g2 { ?in rdf:type ?inType } }
              }
              # The evidence: one basic graph pattern per part, each starting from the entity. (Written
              # as one pattern joined to a UNION of the parts, ARQ evaluated the parts on their own,
              # every one a scan of the whole store, and hash-joined them: 5 times slower on the seeds.)
              UNION { GRAPH ?g { ?st rdf:subject ?entity . ?ann oa:hasBody ?st ; oa:hasTarget ?target . ?ann ?annP ?annO } }
              UNION { GRAPH ?g { ?st rdf:subject ?entity . ?ann oa:hasBody ?st ; oa:hasTarget ?target . ?st ?stP ?stO } }
              UNION { GRAPH ?g { ?st rdf:subject ?entity . ?ann oa:hasBody ?st ; oa:hasTarget ?target . ?target ?tP ?tO } }
              UNION { GRAPH ?g { ?st rdf:subject ?entity . ?ann oa:hasBody ?st ; oa:hasTarget ?target .
                                 ?target oa:hasSelector ?sel . ?sel ?selP ?selO } }
              UNION { GRAPH ?g { ?st rdf:subject ?entity . ?ann oa:hasBody ?st ; oa:hasTarget ?target .
                                 ?target oa:hasSelector ?sel0 . ?sel0 oa:refinedBy ?mention . ?mention ?mP ?mO } }
            }
            """;

    private static final String EXISTS = "ASK { GRAPH ?g { ?entity ?p ?o } }";

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
        ParameterizedSparqlString ask = new ParameterizedSparqlString(EXISTS);
        ask.setIri("entity", iri);
        Query query = ask.asQuery();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                return exec.execAsk();
            }
        });
    }

    /** The CONSTRUCT query that {@link #describe} runs for an IRI (benchmarks send the same to a stock server). */
    public static Query describeQuery(String iri) {
        ParameterizedSparqlString construct = new ParameterizedSparqlString(DESCRIBE);
        construct.setIri("entity", iri);
        return construct.asQuery();
    }

    /** The description, or empty when the graph says nothing about the IRI. */
    public Optional<Model> describe(String iri) {
        Query query = describeQuery(iri);
        Model model = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                return exec.execConstruct();
            }
        });
        if (!model.contains(model.createResource(iri), null)) {
            return Optional.empty();
        }
        model.setNsPrefixes(Prefixes.of(base));
        return Optional.of(model);
    }
}
