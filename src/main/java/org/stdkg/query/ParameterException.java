package org.stdkg.query;

/** A parameter value is unknown, missing or malformed. The one-line message names the parameter. */
public final class ParameterException extends QueryException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public ParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The name of the offending parameter. */
    public String parameter() {
        return parameter;
    }
}
