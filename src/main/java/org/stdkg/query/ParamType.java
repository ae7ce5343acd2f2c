package org.stdkg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The type of a canned query's parameter, as written in its header ({@code # param: NAME (TYPE) …}).
 * The type decides how {@link QueryBinder} validates a value and which RDF term it binds.
 */
public enum ParamType {

    /** Any string up to the length bound, bound as a plain literal to {@code ?NAME}. */
    STRING,
    /**
     * A name matched against labels, aliases and notations: bound as a literal to {@code ?NAME} and its
     * normalised key (lower-case letters and digits, {@link org.stdkg.extract.Names#key}) to {@code ?NAME_key}.
     */
    NAME,
    /** An entity given by absolute IRI or by name: {@code ?NAME} is the IRI or the literal, {@code ?NAME_key} the key. */
    ENTITY,
    /** An absolute IRI, bound as an IRI. */
    IRI,
    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, bound as xsd:gYear, xsd:gYearMonth or xsd:date. */
    DATE,
    /** A whole number, bound as xsd:integer. */
    INTEGER,
    /** Words for the full-text index: Lucene syntax is escaped, so the words are looked up as words. */
    TEXT;

    /** The name used in query headers: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the binder also binds {@code ?NAME_key}. */
    public boolean hasKey() {
        return this == NAME || this == ENTITY;
    }

    public static Optional<ParamType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    static String known() {
        return Arrays.stream(values()).map(ParamType::id).collect(Collectors.joining(", "));
    }
}
