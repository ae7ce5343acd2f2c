package org.stdkg.extract;

import java.util.List;

/**
 * Finds mentions of one kind of thing in a document. Implementations are stateless and
 * thread-safe; their patterns and gazetteers are loaded once.
 *
 * <p>Recognisers run in order; each sees the mentions of the ones before it, and its mentions
 * that overlap earlier ones are dropped.
 */
public interface MentionRecogniser {

    List<Mention> recognise(AnnotatedDocument document);

    /** The name recorded as the rule of each mention's evidence. */
    default String name() {
        return getClass().getSimpleName();
    }
}
