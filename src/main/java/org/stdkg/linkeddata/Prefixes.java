package org.stdkg.linkeddata;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.stdkg.vocab.KG;
import org.stdkg.vocab.PROV;
import org.stdkg.vocab.SCHEMA;

/** The prefixes of every RDF document stdkg publishes, and of its JSON-LD context. */
public final class Prefixes {

    private Prefixes() {
    }

    /** The vocabulary prefixes (CONTRACT section 1), plus {@code id:} for the entities under a base. */
    public static Map<String, String> of(String base) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("kg", KG.NS);
        p.put("rdf", RDF.getURI());
        p.put("rdfs", RDFS.getURI());
        p.put("owl", OWL.getURI());
        p.put("xsd", XSD.getURI());
        p.put("skos", SKOS.getURI());
        p.put("dcterms", DCTerms.getURI());
        p.put("schema", SCHEMA.NS);
        p.put("org", ORG.NS);
        p.put("prov", PROV.NS);
        p.put("oa", OA.NS);
        p.put("id", base + "id/");
        return p;
    }

    public static PrefixMapping mapping(String base) {
        return PrefixMapping.Factory.create().setNsPrefixes(of(base)).lock();
    }
}
