package org.stdkg.eval;

import java.util.List;
import java.util.Objects;

/**
 * The parsed content of one gold file, in file order.
 *
 * @param source the file name as given to the parser (used in messages)
 * @param entities its {@code entity} lines
 * @param facts its relation lines
 */
public record GoldFile(String source, List<GoldEntity> entities, List<GoldFact> facts) {
    public GoldFile {
        Objects.requireNonNull(source, "source");
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
