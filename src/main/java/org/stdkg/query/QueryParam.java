package org.stdkg.query;

import java.util.Objects;

/**
 * One parameter of a canned query.
 *
 * @param name the parameter's name, also the SPARQL variable it binds ({@code ?name})
 * @param type how a value is validated and bound
 * @param defaultValue the value used when none is given; {@code null} when the parameter is required
 * @param description what the parameter means, one line
 */
public record QueryParam(String name, ParamType type, String defaultValue, String description) {

    public QueryParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    public boolean required() {
        return defaultValue == null;
    }
}
