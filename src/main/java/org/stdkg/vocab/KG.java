package org.stdkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The stdkg ontology ({@code ontology/stdkg.ttl}): classes, properties and individuals. Constants only. */
public final class KG {

    public static final String NS = "https://w3id.org/stdkg/ontology#";

    public static String getURI() {
        return NS;
    }

    public static final Resource Organisation = resource("Organisation");
    public static final Resource Committee = resource("Committee");
    public static final Resource Standard = resource("Standard");
    public static final Resource Commitment = resource("Commitment");
    public static final Resource Event = resource("Event");
    public static final Resource Person = resource("Person");
    public static final Resource Place = resource("Place");
    public static final Resource Topic = resource("Topic");
    public static final Resource Publication = resource("Publication");
    public static final Resource Initiative = resource("Initiative");
    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource StandardStatus = resource("StandardStatus");

    public static final Resource Published = resource("Published");
    public static final Resource InDevelopment = resource("InDevelopment");

    /**
     * The named graph of every statement about an entity, each once, without evidence: derived from the document and
     * reference graphs (see {@code ontology/stdkg.ttl}).
     */
    public static final Resource merged = resource("merged");

    public static final Property status = property("status");
    public static final Property developedBy = property("developedBy");
    public static final Property hostedBy = property("hostedBy");
    public static final Property committedBy = property("committedBy");
    public static final Property madeAt = property("madeAt");
    public static final Property statedIn = property("statedIn");

    private KG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
