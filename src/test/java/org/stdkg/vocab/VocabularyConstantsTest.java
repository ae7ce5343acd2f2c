package org.stdkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The vocabulary constants name terms that the ontology file declares or uses: no typo survives. */
class VocabularyConstantsTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/stdkg.ttl");

    @Test
    void everyKgConstantIsDeclaredInTheOntology() throws Exception {
        List<Resource> terms = constants(KG.class);
        assertFalse(terms.isEmpty());
        for (Resource term : terms) {
            assertTrue(term.getURI().startsWith(KG.NS), term + " is not in the kg namespace");
            assertTrue(ONTOLOGY.contains(term, RDF.type, (RDFNode) null), term + " is not declared in ontology/stdkg.ttl");
        }
    }

    @Test
    void everySchemaAndProvConstantIsUsedByTheOntology() throws Exception {
        List<Resource> terms = new ArrayList<>(constants(SCHEMA.class));
        terms.addAll(constants(PROV.class));
        for (Resource term : terms) {
            boolean used = ONTOLOGY.containsResource(term);
            assertTrue(used, term + " does not occur in ontology/stdkg.ttl");
        }
    }

    @Test
    void namespacesMatchTheContract() {
        assertEquals("https://w3id.org/stdkg/ontology#", KG.NS);
        assertEquals("https://schema.org/", SCHEMA.NS);
        assertEquals("http://www.w3.org/ns/prov#", PROV.NS);
    }

    private static List<Resource> constants(Class<?> vocabulary) throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field f : vocabulary.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                terms.add((Resource) f.get(null));
            }
        }
        return terms;
    }
}
