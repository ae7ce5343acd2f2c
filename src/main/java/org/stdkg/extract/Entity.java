package org.stdkg.extract;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One real thing, resolved from its mentions in one or more documents.
 *
 * @param kind its class
 * @param label the preferred name
 * @param altLabels every other name seen, in alphabetical order
 * @param notation the canonical identifier of a standard or committee, or null
 * @param documents slugs of the documents it was extracted from, in alphabetical order
 */
public record Entity(EntityKind kind, String label, Set<String> altLabels, String notation, Set<String> documents) {

    public Entity {
        // Sorted, not Set.copyOf: the iteration order of the JDK's immutable sets changes from one JVM to the next, and
        // the names are written in that order, so the same corpus gave differently ordered output on every run.
        altLabels = Collections.unmodifiableSortedSet(new TreeSet<>(altLabels));
        documents = Collections.unmodifiableSortedSet(new TreeSet<>(documents));
    }

    /** The name its IRI slug is made from: the notation when it has one, else the label. */
    public String slugSource() {
        return notation != null ? notation : label;
    }
}
