package org.stdkg.eval;

import java.util.Arrays;
import java.util.Optional;

/**
 * The entity classes a gold file may name (CONTRACT.md sections 1 and 4), with whether they are scored.
 *
 * <p>Place, Initiative and Topic are reported but left out of the entity summary: the contract says so, because
 * gold files do not list them exhaustively enough for precision to mean anything.
 */
public enum EntityClass {
    ORGANISATION("Organisation", true),
    COMMITTEE("Committee", true),
    STANDARD("Standard", true),
    COMMITMENT("Commitment", true),
    EVENT("Event", true),
    PERSON("Person", true),
    PUBLICATION("Publication", true),
    PLACE("Place", false),
    INITIATIVE("Initiative", false),
    TOPIC("Topic", false);

    /** Namespace of the stdkg ontology ({@code kg:}). */
    public static final String KG = "https://w3id.org/stdkg/ontology#";

    private final String localName;
    private final boolean scored;

    EntityClass(String localName, boolean scored) {
        this.localName = localName;
        this.scored = scored;
    }

    /** The class's local name as written in gold files, e.g. {@code Organisation}. */
    public String localName() {
        return localName;
    }

    /** The class IRI, e.g. {@code https://w3id.org/stdkg/ontology#Organisation}. */
    public String iri() {
        return KG + localName;
    }

    /** Whether this class counts towards the entity summary. */
    public boolean scored() {
        return scored;
    }

    /** The class with this exact local name, if any. */
    public static Optional<EntityClass> fromLocalName(String name) {
        return Arrays.stream(values()).filter(c -> c.localName.equals(name)).findFirst();
    }

    /** The class with this IRI, if any. */
    public static Optional<EntityClass> fromIri(String iri) {
        return Arrays.stream(values()).filter(c -> c.iri().equals(iri)).findFirst();
    }
}
