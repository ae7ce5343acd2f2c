package org.stdkg.extract;

import java.util.Optional;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.stdkg.vocab.KG;
import org.stdkg.vocab.SCHEMA;

/** The relations stdkg extracts, with their gold-file names (CONTRACT section 4) and RDF properties. */
public enum Relation {
    DEVELOPED_BY("developedBy", KG.developedBy),
    PUBLISHER("publisher", DCTerms.publisher),
    STATUS("status", KG.status),
    SUB_ORGANIZATION_OF("subOrganizationOf", ORG.subOrganizationOf),
    MEMBER_OF("memberOf", ORG.memberOf),
    START_DATE("startDate", SCHEMA.startDate),
    END_DATE("endDate", SCHEMA.endDate),
    LOCATION("location", SCHEMA.location),
    ORGANIZER("organizer", SCHEMA.organizer),
    HOSTED_BY("hostedBy", KG.hostedBy),
    COMMITTED_BY("committedBy", KG.committedBy),
    MADE_AT("madeAt", KG.madeAt),
    STATED_IN("statedIn", KG.statedIn),
    AFFILIATION("affiliation", SCHEMA.affiliation),
    JOB_TITLE("jobTitle", SCHEMA.jobTitle),
    TITLE("title", DCTerms.title),
    SUBJECT("subject", DCTerms.subject);

    private final String goldName;
    private final Property property;

    Relation(String goldName, Property property) {
        this.goldName = goldName;
        this.property = property;
    }

    /** The name used in gold files: {@code developedBy}. */
    public String goldName() {
        return goldName;
    }

    public Property property() {
        return property;
    }

    public static Optional<Relation> byGoldName(String name) {
        for (Relation r : values()) {
            if (r.goldName.equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
