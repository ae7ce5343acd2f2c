package org.stdkg.extract;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A stretch of a document's text that names an entity, as a recogniser or rule found it.
 *
 * <p>Mentions of the same thing, in one document or several, are merged into one entity by the
 * resolver when any of their names agree after normalisation ({@link Names#key}).
 *
 * @param kind the entity class
 * @param label the best name the finder knows (the long form when an acronym is defined)
 * @param aliases other names: acronym, surface form, variants; may be empty
 * @param notation the canonical identifier of a standard or committee ("ISO/IEC JTC 1/SC 42"), or null
 * @param start offset of the first character in the document text
 * @param end offset after the last character
 * @param rule the name of the recogniser or rule that found it, for traceability
 */
public record Mention(EntityKind kind, String label, Set<String> aliases, String notation, int start, int end, String rule) {

    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("blank label for a " + kind + " mention");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + label);
        }
        // In the order given (Set.copyOf's order changes from one JVM to the next).
        aliases = Collections.unmodifiableSet(new LinkedHashSet<>(aliases));
    }

    /** A mention whose only name is its label. */
    public static Mention of(EntityKind kind, String label, int start, int end, String rule) {
        return new Mention(kind, label, Set.of(), null, start, end, rule);
    }

    /** Every name: label, aliases and notation. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(label);
        names.addAll(aliases);
        if (notation != null) {
            names.add(notation);
        }
        return names;
    }

    public boolean overlaps(int from, int to) {
        return from < end && start < to;
    }

    public Mention withAliases(Set<String> more) {
        Set<String> all = new LinkedHashSet<>(aliases);
        all.addAll(more);
        return new Mention(kind, label, all, notation, start, end, rule);
    }
}
