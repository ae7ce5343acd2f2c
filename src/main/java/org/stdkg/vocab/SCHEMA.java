package org.stdkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms stdkg uses, in the {@code https://schema.org/} namespace the contract names
 * (Jena's {@code SchemaDO} uses {@code http://schema.org/}). Constants only.
 */
public final class SCHEMA {

    public static final String NS = "https://schema.org/";

    public static String getURI() {
        return NS;
    }

    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Resource CreativeWork = ResourceFactory.createResource(NS + "CreativeWork");
    public static final Resource Event = ResourceFactory.createResource(NS + "Event");
    public static final Resource Person = ResourceFactory.createResource(NS + "Person");
    public static final Resource Place = ResourceFactory.createResource(NS + "Place");
    public static final Resource Project = ResourceFactory.createResource(NS + "Project");

    public static final Property startDate = ResourceFactory.createProperty(NS, "startDate");
    public static final Property endDate = ResourceFactory.createProperty(NS, "endDate");
    public static final Property location = ResourceFactory.createProperty(NS, "location");
    public static final Property organizer = ResourceFactory.createProperty(NS, "organizer");
    public static final Property affiliation = ResourceFactory.createProperty(NS, "affiliation");
    public static final Property jobTitle = ResourceFactory.createProperty(NS, "jobTitle");

    private SCHEMA() {
    }
}
