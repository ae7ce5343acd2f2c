package org.stdkg.extract;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.stdkg.vocab.KG;

/** The classes of extracted entities (CONTRACT section 1); each entity has exactly one. */
public enum EntityKind {
    ORGANISATION(KG.Organisation),
    COMMITTEE(KG.Committee),
    STANDARD(KG.Standard),
    COMMITMENT(KG.Commitment),
    EVENT(KG.Event),
    PERSON(KG.Person),
    PLACE(KG.Place),
    TOPIC(KG.Topic),
    PUBLICATION(KG.Publication),
    INITIATIVE(KG.Initiative);

    private final Resource rdfClass;

    EntityKind(Resource rdfClass) {
        this.rdfClass = rdfClass;
    }

    /** The ontology class. */
    public Resource rdfClass() {
        return rdfClass;
    }

    /** The class's local name: {@code Organisation}, as in gold files. */
    public String className() {
        return rdfClass.getLocalName();
    }

    /** The IRI path segment: the lower-case class name, {@code organisation}. */
    public String pathSegment() {
        return className().toLowerCase(Locale.ROOT);
    }

    /** The kind whose class local name or path segment is {@code name}, ignoring case. */
    public static Optional<EntityKind> byName(String name) {
        for (EntityKind kind : values()) {
            if (kind.className().equalsIgnoreCase(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
