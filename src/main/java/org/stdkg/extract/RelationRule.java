package org.stdkg.extract;

import java.util.List;

/**
 * Reads facts of one kind from a document whose mentions have been found. Implementations are
 * stateless and thread-safe.
 *
 * <p>A rule may name entities that no recogniser found (the parents that a committee identifier
 * implies, say): the subject and object mentions of its facts become entities too.
 */
public interface RelationRule {

    List<Fact> apply(AnnotatedDocument document);

    /** The name recorded as the rule of each fact's evidence. */
    default String name() {
        return getClass().getSimpleName();
    }
}
