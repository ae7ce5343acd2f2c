package org.stdkg.eval;

import java.util.List;
import java.util.Objects;

/**
 * One {@code entity CLASS NAMES} line of a gold file.
 *
 * @param entityClass the class named on the line
 * @param names the {@code |}-separated names, trimmed, in file order (the first is the canonical name)
 * @param source the file the line came from, as given to the parser
 * @param line the 1-based line number
 */
public record GoldEntity(EntityClass entityClass, List<String> names, String source, int line) {
    public GoldEntity {
        Objects.requireNonNull(entityClass, "entityClass");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a gold entity needs at least one name");
        }
        Objects.requireNonNull(source, "source");
    }
}
