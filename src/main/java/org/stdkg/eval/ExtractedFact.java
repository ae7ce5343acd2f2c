package org.stdkg.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One extracted triple with a scored predicate.
 *
 * @param relation the relation the predicate stands for
 * @param subject the subject's IRI, or {@code _:label} for a blank node
 * @param subjectClasses the entity classes the subject is typed with (may be empty); the scorer ignores facts
 *        whose subject lacks the relation's subject class
 * @param subjectNames the subject's names
 * @param object the object as text: an IRI, {@code _:label}, or a literal's lexical form
 * @param objectValues what the object is compared by: an entity's names, a literal's lexical form, or
 *        {@code published} / {@code inDevelopment} for a status
 */
public record ExtractedFact(Relation relation, String subject, Set<EntityClass> subjectClasses,
        List<String> subjectNames, String object, List<String> objectValues) {
    public ExtractedFact {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(subject, "subject");
        subjectClasses = Set.copyOf(subjectClasses);
        subjectNames = List.copyOf(subjectNames);
        Objects.requireNonNull(object, "object");
        objectValues = List.copyOf(objectValues);
    }
}
