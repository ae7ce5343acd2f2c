package org.stdkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms stdkg uses (Jena ships no PROV constants). Constants only. */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static String getURI() {
        return NS;
    }

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");

    private PROV() {
    }
}
