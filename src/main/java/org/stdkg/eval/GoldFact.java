package org.stdkg.eval;

import java.util.List;
import java.util.Objects;

/**
 * One {@code RELATION SUBJECT OBJECT} line of a gold file.
 *
 * @param relation the relation named on the line
 * @param subject the subject's {@code |}-separated names, trimmed, in file order
 * @param object the object's names, or for literal relations the accepted alternative values
 * @param source the file the line came from, as given to the parser
 * @param line the 1-based line number
 */
public record GoldFact(Relation relation, List<String> subject, List<String> object, String source, int line) {
    public GoldFact {
        Objects.requireNonNull(relation, "relation");
        subject = List.copyOf(subject);
        object = List.copyOf(object);
        if (subject.isEmpty() || object.isEmpty()) {
            throw new IllegalArgumentException("a gold fact needs a subject and an object");
        }
        Objects.requireNonNull(source, "source");
    }
}
