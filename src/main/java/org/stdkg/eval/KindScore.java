package org.stdkg.eval;

import java.util.List;
import java.util.Objects;

/**
 * The score of one line kind: an entity class or a relation.
 *
 * @param kind the class's local name ({@code Organisation}) or the relation name ({@code developedBy})
 * @param scored whether the kind counts towards the summary (false for Place, Initiative, Topic)
 * @param counts gold, extracted and matched counts
 * @param misses gold facts no extracted fact matched, one line of text each
 * @param extras extracted facts that matched no gold fact, one line of text each
 * @param ignored facts left out by the subject-class rule, gold ones first, one line of text each
 */
public record KindScore(String kind, boolean scored, Counts counts, List<String> misses, List<String> extras,
        List<String> ignored) {
    public KindScore {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(counts, "counts");
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
        ignored = List.copyOf(ignored);
    }

    /** Shortcut for {@code counts().precision()}. */
    public double precision() {
        return counts.precision();
    }

    /** Shortcut for {@code counts().recall()}. */
    public double recall() {
        return counts.recall();
    }

    /** Shortcut for {@code counts().f1()}. */
    public double f1() {
        return counts.f1();
    }
}
