package org.stdkg.eval;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The relation names a gold file may use, each with the RDF predicate it is read from, the kind of value it
 * points to and the subject class(es) it is scored for (CONTRACT.md section 4).
 */
public enum Relation {
    DEVELOPED_BY("developedBy", Ns.KG + "developedBy", ValueKind.ENTITY, EntityClass.STANDARD),
    PUBLISHER("publisher", Ns.DCTERMS + "publisher", ValueKind.ENTITY, EntityClass.STANDARD),
    STATUS("status", Ns.KG + "status", ValueKind.STATUS, EntityClass.STANDARD),
    SUB_ORGANIZATION_OF("subOrganizationOf", Ns.ORG + "subOrganizationOf", ValueKind.ENTITY,
            EntityClass.ORGANISATION, EntityClass.COMMITTEE),
    MEMBER_OF("memberOf", Ns.ORG + "memberOf", ValueKind.ENTITY, EntityClass.ORGANISATION, EntityClass.COMMITTEE),
    START_DATE("startDate", Ns.SCHEMA + "startDate", ValueKind.DATE, EntityClass.EVENT),
    END_DATE("endDate", Ns.SCHEMA + "endDate", ValueKind.DATE, EntityClass.EVENT),
    LOCATION("location", Ns.SCHEMA + "location", ValueKind.ENTITY, EntityClass.EVENT),
    ORGANIZER("organizer", Ns.SCHEMA + "organizer", ValueKind.ENTITY, EntityClass.EVENT),
    HOSTED_BY("hostedBy", Ns.KG + "hostedBy", ValueKind.ENTITY, EntityClass.EVENT),
    COMMITTED_BY("committedBy", Ns.KG + "committedBy", ValueKind.ENTITY, EntityClass.COMMITMENT),
    MADE_AT("madeAt", Ns.KG + "madeAt", ValueKind.ENTITY, EntityClass.COMMITMENT),
    STATED_IN("statedIn", Ns.KG + "statedIn", ValueKind.ENTITY, EntityClass.COMMITMENT),
    AFFILIATION("affiliation", Ns.SCHEMA + "affiliation", ValueKind.ENTITY, EntityClass.PERSON),
    JOB_TITLE("jobTitle", Ns.SCHEMA + "jobTitle", ValueKind.TEXT, EntityClass.PERSON),
    TITLE("title", Ns.DCTERMS + "title", ValueKind.TEXT, EntityClass.STANDARD);

    /** How the object of a relation is compared. */
    public enum ValueKind {
        /** Another entity: compared by overlapping normalised names. */
        ENTITY,
        /** An ISO date, year-month or year: compared for equality after {@link Names#normaliseDate}. */
        DATE,
        /** {@code published} or {@code inDevelopment}: compared for equality after {@link Names#normalise}. */
        STATUS,
        /** Free text: compared with the containment rule of {@link Names#textMatches}. */
        TEXT
    }

    private final String localName;
    private final String predicateIri;
    private final ValueKind valueKind;
    private final Set<EntityClass> subjectClasses;

    Relation(String localName, String predicateIri, ValueKind valueKind, EntityClass first, EntityClass... rest) {
        this.localName = localName;
        this.predicateIri = predicateIri;
        this.valueKind = valueKind;
        this.subjectClasses = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** The name used in gold files, e.g. {@code developedBy}. */
    public String localName() {
        return localName;
    }

    /** The predicate IRI the extracted facts are read from. */
    public String predicateIri() {
        return predicateIri;
    }

    /** How objects of this relation are compared. */
    public ValueKind valueKind() {
        return valueKind;
    }

    /** The subject class(es) a fact must have to be scored; facts about other subjects are ignored. */
    public Set<EntityClass> subjectClasses() {
        return subjectClasses;
    }

    /** The relation with this exact gold-file name, if any. */
    public static Optional<Relation> fromLocalName(String name) {
        return Arrays.stream(values()).filter(r -> r.localName.equals(name)).findFirst();
    }

    /** Namespaces, held apart so that enum constants can refer to them during class initialisation. */
    static final class Ns {
        static final String KG = EntityClass.KG;
        static final String DCTERMS = "http://purl.org/dc/terms/";
        static final String ORG = "http://www.w3.org/ns/org#";
        static final String SCHEMA = "https://schema.org/";

        private Ns() {
        }
    }
}
