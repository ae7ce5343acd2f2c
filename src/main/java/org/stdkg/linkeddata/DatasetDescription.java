package org.stdkg.linkeddata;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The VoID and DCAT description of the served dataset: triples, entities per class, triples per
 * property, the SPARQL endpoint, example resources and the dump, computed from the data.
 */
public final class DatasetDescription {

    // The triples of the dump: every graph but kg:merged, which is derived from the others (ontology/stdkg.ttl).
    private static final String TRIPLES = """
            PREFIX kg: <https://w3id.org/stdkg/ontology#>
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != kg:merged) }
            """;
    // Entities from kg:merged, where each one's class is once (once per document that names it in the document graphs).
    private static final String CLASSES = """
            PREFIX kg: <https://w3id.org/stdkg/ontology#>
            SELECT ?class (COUNT(DISTINCT ?e) AS ?n) (SAMPLE(?e) AS ?example) WHERE {
              { GRAPH kg:merged { ?e a ?class } }
              UNION
              { GRAPH ?g { ?e a kg:SourceDocument } BIND(kg:SourceDocument AS ?class) }
              FILTER (STRSTARTS(STR(?class), STR(kg:)))
            } GROUP BY ?class ORDER BY ?class
            """;
    private static final String PROPERTIES = """
            PREFIX kg: <https://w3id.org/stdkg/ontology#>
            SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != kg:merged) }
            GROUP BY ?p ORDER BY ?p
            """;

    private DatasetDescription() {
    }

    /** The description of a dataset served at {@code server} (the server's own URL, ending in '/'). */
    public static Model describe(Dataset dataset, String server, String base) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.of(base));
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        Resource d = m.createResource(server + ".well-known/void#dataset");
        d.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "stdkg knowledge graph")
                .addProperty(DCTerms.description, "International standards bodies and digital-policy actors: organisations, committees, "
                        + "standards, events, commitments and publications extracted from texts, each fact with its evidence sentence.")
                .addProperty(DCTerms.license, m.createResource("https://www.apache.org/licenses/LICENSE-2.0"))
                .addProperty(VOID.sparqlEndpoint, m.createResource(server + "sparql"))
                .addProperty(VOID.dataDump, m.createResource(server + "dump"))
                .addProperty(VOID.uriSpace, base + "id/")
                .addProperty(VOID.vocabulary, m.createResource("https://w3id.org/stdkg/ontology#"));
        Resource dump = m.createResource(server + "dump#distribution").addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.downloadURL, m.createResource(server + "dump")).addProperty(DCAT.mediaType, "application/n-quads");
        Resource sparql = m.createResource(server + "sparql#service").addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, m.createResource(server + "sparql")).addProperty(DCAT.servesDataset, d);
        d.addProperty(DCAT.distribution, dump);
        d.addProperty(DCAT.landingPage, m.createResource(server));
        sparql.addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"));
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(TRIPLES).build()) {
                d.addLiteral(VOID.triples, exec.execSelect().next().getLiteral("n").getLong());
            }
            long entities = 0;
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(CLASSES).build()) {
                ResultSet rs = exec.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    long n = row.getLiteral("n").getLong();
                    entities += n;
                    d.addProperty(VOID.classPartition, m.createResource()
                            .addProperty(VOID._class, row.getResource("class"))
                            .addLiteral(VOID.entities, n));
                    if (row.contains("example")) {
                        d.addProperty(VOID.exampleResource, row.getResource("example"));
                    }
                }
            }
            d.addLiteral(VOID.entities, entities);
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(PROPERTIES).build()) {
                ResultSet rs = exec.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    d.addProperty(VOID.propertyPartition, m.createResource()
                            .addProperty(VOID.property, row.getResource("p"))
                            .addLiteral(VOID.triples, row.getLiteral("n").getLong()));
                }
            }
        });
        return m;
    }
}
