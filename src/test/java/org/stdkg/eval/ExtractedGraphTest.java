package org.stdkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;

class ExtractedGraphTest {

    /** A document graph, the default graph, a reference graph, an ontology graph and evidence in several shapes. */
    private static final String DATA = """
            g:doc1 {
              std:iso-iec-42001 a kg:Standard ;
                  rdfs:label "ISO/IEC 42001" ; skos:altLabel "42001", "ISO 42001" ; skos:notation "ISO/IEC 42001" ;
                  kg:status kg:Published ;
                  dcterms:title "AI management system" ;
                  kg:developedBy cmt:sc-42 .
              cmt:sc-42 a kg:Committee ; rdfs:label "ISO/IEC JTC 1/SC 42" .
              _:ev1 a rdf:Statement ;
                  rdf:subject std:iso-iec-42001 ; rdf:predicate kg:developedBy ; rdf:object cmt:sc-42 ;
                  prov:wasDerivedFrom <http://localhost:3030/doc/000> .
              _:ev2 rdf:subject cmt:sc-42 ; rdf:predicate org:subOrganizationOf ; rdf:object cmt:jtc-1 .
              _:ann a oa:Annotation, kg:Publication ; rdfs:label "evidence sentence" ;
                  dcterms:title "ISO/IEC 42001 is developed by SC 42." ;
                  kg:developedBy cmt:sc-42 .
            }
            orgn:iso a kg:Organisation ; rdfs:label "ISO" ; skos:altLabel "International Organization for Standardization" .
            g:reference {
              cmt:sc-42 org:subOrganizationOf cmt:jtc-1 .
              cmt:jtc-1 a kg:Committee ; rdfs:label "ISO/IEC JTC 1" .
            }
            g:ontology {
              kg:Committee a <http://www.w3.org/2002/07/owl#Class> ; rdfs:label "Committee" .
            }
            """;

    @Test
    void entitiesComeFromDefaultAndDocumentGraphsOnly() {
        ExtractedGraph x = new ExtractedGraph(Fixtures.trig(DATA));
        assertEquals(List.of(
                new ExtractedEntity("http://localhost:3030/id/organisation/iso", EntityClass.ORGANISATION,
                        List.of("ISO", "International Organization for Standardization")),
                new ExtractedEntity("http://localhost:3030/id/committee/sc-42", EntityClass.COMMITTEE,
                        List.of("ISO/IEC JTC 1/SC 42")),
                new ExtractedEntity("http://localhost:3030/id/standard/iso-iec-42001", EntityClass.STANDARD,
                        List.of("ISO/IEC 42001", "42001", "ISO 42001"))),
                x.entities());
    }

    @Test
    void namesAreLabelThenAltLabelsThenNotationWithoutRepeats() {
        ExtractedGraph x = new ExtractedGraph(Fixtures.trig(DATA));
        ExtractedEntity std = x.entities().stream().filter(e -> e.entityClass() == EntityClass.STANDARD)
                .findFirst().orElseThrow();
        // The notation repeats the label, so it appears once.
        assertEquals(List.of("ISO/IEC 42001", "42001", "ISO 42001"), std.names());
    }

    @Test
    void evidenceNodesAndReferenceFactsAreNotFacts() {
        ExtractedGraph x = new ExtractedGraph(Fixtures.trig(DATA));
        String std = "http://localhost:3030/id/standard/iso-iec-42001";
        assertEquals(List.of(
                new ExtractedFact(Relation.DEVELOPED_BY, std, Set.of(EntityClass.STANDARD),
                        List.of("ISO/IEC 42001", "42001", "ISO 42001"),
                        "http://localhost:3030/id/committee/sc-42", List.of("ISO/IEC JTC 1/SC 42")),
                new ExtractedFact(Relation.STATUS, std, Set.of(EntityClass.STANDARD),
                        List.of("ISO/IEC 42001", "42001", "ISO 42001"),
                        "https://w3id.org/stdkg/ontology#Published", List.of("published")),
                new ExtractedFact(Relation.TITLE, std, Set.of(EntityClass.STANDARD),
                        List.of("ISO/IEC 42001", "42001", "ISO 42001"),
                        "AI management system", List.of("AI management system"))),
                x.facts());
    }

    @Test
    void inDevelopmentStatusMapsToGoldWord() {
        Dataset ds = Fixtures.trig("std:x a kg:Standard ; rdfs:label \"X\" ; kg:status kg:InDevelopment .");
        assertEquals(List.of("inDevelopment"), new ExtractedGraph(ds).facts().get(0).objectValues());
    }

    @Test
    void referenceGraphIsFoundUnderAGivenBase() {
        Dataset ds = Fixtures.trig("""
                <http://example.org/kg/graph/reference> {
                  <http://example.org/kg/id/organisation/nist> a kg:Organisation ; rdfs:label "NIST" .
                }
                <http://example.org/kg/graph/doc> {
                  <http://example.org/kg/id/organisation/iso> a kg:Organisation ; rdfs:label "ISO" .
                }
                """);
        // Without the trailing slash: the constructor adds it.
        ExtractedGraph x = new ExtractedGraph(ds, "http://example.org/kg");
        assertEquals("http://example.org/kg/", x.base());
        assertEquals(List.of("http://example.org/kg/id/organisation/iso"),
                x.entities().stream().map(ExtractedEntity::id).toList());
        // With the default base the same graph is not the reference graph, so both count.
        assertEquals(2, new ExtractedGraph(ds).entities().size());
    }
}
