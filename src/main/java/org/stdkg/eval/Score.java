package org.stdkg.eval;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The result of {@link Scorer#score}: one row per entity class and per relation, in the enum order, and the
 * micro-averaged totals.
 *
 * @param entities one row per {@link EntityClass}, scored or not
 * @param relations one row per {@link Relation}
 * @param entityTotal the sum over the scored entity classes only
 * @param relationTotal the sum over all relations
 */
public record Score(List<KindScore> entities, List<KindScore> relations, Counts entityTotal, Counts relationTotal) {
    public Score {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        Objects.requireNonNull(entityTotal, "entityTotal");
        Objects.requireNonNull(relationTotal, "relationTotal");
    }

    /** The row of one entity class. */
    public KindScore entity(EntityClass c) {
        return find(entities, c.localName());
    }

    /** The row of one relation. */
    public KindScore relation(Relation r) {
        return find(relations, r.localName());
    }

    private static KindScore find(List<KindScore> rows, String kind) {
        return rows.stream().filter(k -> k.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(kind));
    }
}
