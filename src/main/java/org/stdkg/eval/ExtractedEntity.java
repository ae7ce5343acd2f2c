package org.stdkg.eval;

import java.util.List;
import java.util.Objects;

/**
 * An extracted entity of one class. A node typed with two classes gives two of these, one per class, since each
 * class is scored on its own.
 *
 * @param id the entity's IRI, or {@code _:label} for a blank node
 * @param entityClass the class it is typed with
 * @param names its {@code rdfs:label}, then {@code skos:altLabel}, then {@code skos:notation} values
 */
public record ExtractedEntity(String id, EntityClass entityClass, List<String> names) {
    public ExtractedEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entityClass, "entityClass");
        names = List.copyOf(names);
    }
}
