package org.stdkg.extract;

import java.util.Set;

/**
 * One real thing, resolved from its mentions in one or more documents.
 *
 * @param kind its class
 * @param label the preferred name
 * @param altLabels every other name seen
 * @param notation the canonical identifier of a standard or committee, or null
 * @param documents slugs of the documents it was extracted from
 */
public record Entity(EntityKind kind, String label, Set<String> altLabels, String notation, Set<String> documents) {

    public Entity {
        altLabels = Set.copyOf(altLabels);
        documents = Set.copyOf(documents);
    }

    /** The name its IRI slug is made from: the notation when it has one, else the label. */
    public String slugSource() {
        return notation != null ? notation : label;
    }
}
