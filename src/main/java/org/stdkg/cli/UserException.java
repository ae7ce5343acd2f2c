package org.stdkg.cli;

/** A failure caused by the user's input, reported as one line with an exit code. */
public final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserException(String message) {
        this(message, Stdkg.FAILED);
    }

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
