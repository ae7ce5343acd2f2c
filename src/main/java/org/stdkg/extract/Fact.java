package org.stdkg.extract;

import java.util.Objects;

/**
 * A relation read from a sentence: subject, relation, object and the evidence for it.
 *
 * @param subject the mention the fact is about
 * @param relation what is said
 * @param object the other entity or value
 * @param evidence where it was read
 */
public record Fact(Mention subject, Relation relation, Value object, Evidence evidence) {

    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
    }
}
