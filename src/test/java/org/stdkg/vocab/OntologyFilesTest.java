package org.stdkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks ontology/stdkg.ttl against CONTRACT section 1, and ontology/shapes.ttl against examples. */
class OntologyFilesTest {

    static final String KG = "https://w3id.org/stdkg/ontology#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String SCHEMA = "https://schema.org/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String BIBO = "http://purl.org/ontology/bibo/";
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String BASE = "http://localhost:3030/";

    /** CONTRACT section 1 classes and the classes each is aligned to. */
    static final Map<String, List<String>> CLASSES = Map.ofEntries(
            Map.entry("Organisation", List.of(ORG + "FormalOrganization", SCHEMA + "Organization")),
            Map.entry("Committee", List.of(ORG + "OrganizationalUnit")),
            Map.entry("Standard", List.of(DCT + "Standard", SCHEMA + "CreativeWork", BIBO + "Standard")),
            Map.entry("Commitment", List.of()),
            Map.entry("Event", List.of(SCHEMA + "Event")),
            Map.entry("Person", List.of(SCHEMA + "Person")),
            Map.entry("Place", List.of(SCHEMA + "Place")),
            Map.entry("Topic", List.of(SKOS + "Concept")),
            Map.entry("Publication", List.of(SCHEMA + "CreativeWork")),
            Map.entry("Initiative", List.of(SCHEMA + "Project")),
            Map.entry("SourceDocument", List.of(PROV + "Entity")));

    /** CONTRACT section 1 kg: properties: domain, and the classes of the range (a union when several). */
    static final Map<String, List<String>> KG_PROPERTIES = Map.of(
            "status", List.of("Standard", "StandardStatus"),
            "developedBy", List.of("Standard", "Committee", "Organisation"),
            "hostedBy", List.of("Event", "Organisation"),
            "committedBy", List.of("Commitment", "Organisation"),
            "madeAt", List.of("Commitment", "Event"),
            "statedIn", List.of("Commitment", "Publication"));

    /** CONTRACT section 1 properties from other vocabularies. */
    static final List<String> OTHER_PROPERTIES = List.of(
            RDFS.label.getURI(), SKOS + "altLabel", SKOS + "notation", DCT + "title", DCT + "publisher",
            ORG + "subOrganizationOf", ORG + "memberOf", SCHEMA + "startDate", SCHEMA + "endDate",
            SCHEMA + "location", SCHEMA + "organizer", SCHEMA + "affiliation", SCHEMA + "jobTitle",
            DCT + "subject", PROV + "wasDerivedFrom");

    static Model ontology;
    static Model shapesModel;
    static Shapes shapes;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel("ontology/stdkg.ttl");
        shapesModel = RDFDataMgr.loadModel("ontology/shapes.ttl");
        shapes = Shapes.parse(shapesModel.getGraph());
    }

    // ---- ontology ------------------------------------------------------------------------

    @Test
    void ontologyHeader() {
        Resource ont = ontology.createResource("https://w3id.org/stdkg/ontology");
        assertTrue(ont.hasProperty(RDF.type, OWL.Ontology));
        for (String p : List.of(DCT + "title", DCT + "description", DCT + "license")) {
            assertTrue(ont.hasProperty(ontology.createProperty(p)), "ontology lacks " + p);
        }
        assertTrue(ont.hasProperty(OWL.versionInfo));
        assertTrue(ont.hasProperty(dct("license"), ontology.createResource("https://www.apache.org/licenses/LICENSE-2.0")));
        assertTrue(ont.getProperty(RDFS.comment).getString().contains("oa:Annotation"),
                "the ontology comment documents the evidence model");
    }

    @Test
    void contractClassesDeclaredAndAligned() {
        for (var e : CLASSES.entrySet()) {
            Resource c = kg(e.getKey());
            assertTrue(c.hasProperty(RDF.type, OWL.Class), c + " is an owl:Class");
            assertLabelAndComment(c);
            for (String sup : e.getValue()) {
                assertTrue(c.hasProperty(RDFS.subClassOf, ontology.createResource(sup)), c + " ⊑ " + sup);
            }
            assertEquals(e.getValue().size(), c.listProperties(RDFS.subClassOf).toList().size(),
                    c + " has exactly the contract's alignments");
        }
    }

    @Test
    void classesPairwiseDisjoint() {
        Set<Resource> members = new HashSet<>();
        ontology.listResourcesWithProperty(RDF.type, OWL.AllDisjointClasses)
                .forEach(d -> members.addAll(d.getPropertyResourceValue(OWL.members).as(RDFList.class)
                        .asJavaList().stream().map(RDFNode::asResource).toList()));
        for (String c : CLASSES.keySet()) {
            assertTrue(members.contains(kg(c)), c + " is in owl:AllDisjointClasses");
        }
        assertFalse(kg("Committee").hasProperty(RDFS.subClassOf, kg("Organisation")));
    }

    @Test
    void kgPropertiesDeclaredWithDomainAndRange() {
        for (var e : KG_PROPERTIES.entrySet()) {
            Resource p = kg(e.getKey());
            assertTrue(p.hasProperty(RDF.type, OWL.ObjectProperty), p + " is an owl:ObjectProperty");
            assertLabelAndComment(p);
            assertTrue(p.hasProperty(RDFS.domain, kg(e.getValue().get(0))), p + " domain");
            Set<Resource> expectedRange = e.getValue().subList(1, e.getValue().size()).stream()
                    .map(OntologyFilesTest::kg).collect(Collectors.toSet());
            Resource range = p.getPropertyResourceValue(RDFS.range);
            Set<Resource> actualRange = range.hasProperty(OWL.unionOf)
                    ? range.getPropertyResourceValue(OWL.unionOf).as(RDFList.class).asJavaList().stream()
                            .map(RDFNode::asResource).collect(Collectors.toSet())
                    : Set.of(range);
            assertEquals(expectedRange, actualRange, p + " range");
        }
    }

    @Test
    void otherVocabularyPropertiesDescribed() {
        for (String uri : OTHER_PROPERTIES) {
            Resource p = ontology.createResource(uri);
            assertTrue(p.hasProperty(RDFS.comment), uri + " has an rdfs:comment on its stdkg use");
            assertFalse(p.hasProperty(RDFS.domain), uri + ": domain not redefined");
            assertFalse(p.hasProperty(RDFS.range), uri + ": range not redefined");
        }
    }

    @Test
    void statusValues() {
        Resource status = kg("StandardStatus");
        assertTrue(status.hasProperty(RDF.type, OWL.Class));
        assertLabelAndComment(status);
        Map<String, String> labels = Map.of("Published", "published", "InDevelopment", "in development");
        for (var e : labels.entrySet()) {
            Resource v = kg(e.getKey());
            assertTrue(v.hasProperty(RDF.type, status), v + " is a kg:StandardStatus");
            assertEquals(e.getValue(), v.getProperty(RDFS.label).getString());
        }
    }

    // ---- shapes --------------------------------------------------------------------------

    @Test
    void shapesParse() {
        assertTrue(shapes.numRootShapes() >= 15, "root shapes: " + shapes.numRootShapes());
        assertTrue(shapes.numShapes() >= 50, "shapes: " + shapes.numShapes());
        Set<Resource> targetClasses = shapesModel
                .listObjectsOfProperty(shapesModel.createProperty(SH + "targetClass"))
                .mapWith(RDFNode::asResource).toSet();
        for (String c : CLASSES.keySet()) {
            assertTrue(targetClasses.contains(kg(c)), "some shape targets kg:" + c);
        }
        assertTrue(targetClasses.contains(shapesModel.createResource(OA + "Annotation")));
    }

    @Test
    void validExampleConforms() {
        ValidationReport report = validate(RDFDataMgr.loadGraph("src/test/resources/shapes/valid-example.ttl"));
        assertTrue(report.conforms(), () -> "expected conformance, got " + describe(report));
    }

    @Test
    void validExampleConformsWithOntology() {
        Model data = RDFDataMgr.loadModel("src/test/resources/shapes/valid-example.ttl");
        data.add(ontology);
        ValidationReport report = validate(data.getGraph());
        assertTrue(report.conforms(), () -> "expected conformance, got " + describe(report));
    }

    @Test
    void invalidExampleFailsExactlyTheExpectedConstraints() {
        ValidationReport report = validate(RDFDataMgr.loadGraph("src/test/resources/shapes/invalid-example.ttl"));
        assertFalse(report.conforms());
        assertEquals(Set.of(
                        "id/standard/iso-iec-42001 rdfs:label MaxCount",
                        "id/standard/iso-iec-42001 kg:status In",
                        "evidence/5f1c0e9a2b7d4c31 prov:wasDerivedFrom MinCount",
                        "evidence/5f1c0e9a2b7d4c31#target oa:hasSource MinCount"),
                describe(report));
    }

    @Test
    void datesOffsetsClassesAndUnassertedFactsAreChecked() {
        String ttl = """
                @prefix kg: <https://w3id.org/stdkg/ontology#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix schema: <https://schema.org/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix oa: <http://www.w3.org/ns/oa#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @base <http://localhost:3030/> .
                <id/sourcedocument/d> a kg:SourceDocument ; rdfs:label "d.txt" ; dcterms:identifier "d.txt" .
                <id/event/summit> a kg:Event ; rdfs:label "Summit" ; schema:startDate "December 2025" ;
                    schema:location <id/organisation/wsc> ; prov:wasDerivedFrom <id/sourcedocument/d> .
                <id/organisation/wsc> a kg:Organisation , kg:Committee ; rdfs:label "WSC"@en ;
                    prov:wasDerivedFrom <id/sourcedocument/d> .
                <evidence/e> a oa:Annotation ; oa:motivatedBy oa:identifying ;
                    oa:hasBody <evidence/e#statement> ; oa:hasTarget <evidence/e#target> ;
                    prov:wasDerivedFrom <id/sourcedocument/d> .
                <evidence/e#statement> a rdf:Statement ; rdf:subject <id/event/summit> ;
                    rdf:predicate schema:organizer ; rdf:object <id/organisation/wsc> .
                <evidence/e#target> a oa:SpecificResource ; oa:hasSource <id/sourcedocument/d> ;
                    oa:hasSelector <evidence/e#quote> , <evidence/e#position> .
                <evidence/e#quote> a oa:TextQuoteSelector ; oa:exact "" .
                <evidence/e#position> a oa:TextPositionSelector ;
                    oa:start "20"^^xsd:nonNegativeInteger ; oa:end "10"^^xsd:nonNegativeInteger ;
                    oa:refinedBy <evidence/e#mention> .
                <evidence/e#mention> a oa:TextPositionSelector ; oa:start 12 ; oa:end 30 .
                """;
        Model data = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(ttl)).lang(Lang.TURTLE).parse(data);
        ValidationReport report = validate(data.getGraph());
        assertEquals(Set.of(
                        "id/event/summit schema:startDate Or",
                        "id/event/summit schema:location Class",
                        "id/organisation/wsc - SPARQL",                       // two stdkg classes
                        "id/organisation/wsc rdfs:label Datatype",            // language-tagged label
                        "evidence/e#statement - SPARQL",                      // fact not asserted
                        "evidence/e#quote oa:exact MinLength",
                        "evidence/e#position oa:start LessThanOrEquals",
                        "evidence/e#position - SPARQL",                       // mention outside sentence
                        "evidence/e#mention oa:start Datatype",               // bare integer
                        "evidence/e#mention oa:end Datatype"),
                describe(report));
    }

    // ---- helpers -------------------------------------------------------------------------

    static Resource kg(String local) {
        return ontology.createResource(KG + local);
    }

    static org.apache.jena.rdf.model.Property dct(String local) {
        return ontology.createProperty(DCT + local);
    }

    static void assertLabelAndComment(Resource r) {
        Statement label = r.getProperty(RDFS.label);
        Statement comment = r.getProperty(RDFS.comment);
        assertTrue(label != null && !label.getString().isBlank(), r + " has an rdfs:label");
        assertTrue(comment != null && !comment.getString().isBlank(), r + " has an rdfs:comment");
        Literal l = label.getLiteral();
        assertEquals("en", l.getLanguage(), r + " label is English");
    }

    static ValidationReport validate(org.apache.jena.graph.Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** Each result as "focus path component", IRIs shortened for readable assertions. */
    static Set<String> describe(ValidationReport report) {
        Set<String> out = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "-" : shorten(e.resultPath().toString());
            String component = e.sourceConstraintComponent().getLocalName().replace("ConstraintComponent", "");
            out.add(shorten(str(e.focusNode())) + " " + path + " " + component);
        }
        return out;
    }

    static String str(Node n) {
        return n.isURI() ? n.getURI() : n.toString();
    }

    static String shorten(String s) {
        return s.replace("<", "").replace(">", "")
                .replace(BASE, "")
                .replace(KG, "kg:")
                .replace(RDFS.getURI(), "rdfs:")
                .replace(SCHEMA, "schema:")
                .replace(PROV, "prov:")
                .replace(OA, "oa:");
    }
}
