package org.stdkg.extract;

/** An extraction file that cannot be read or written; the message is one line naming the file (and line). */
public final class ExtractionFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExtractionFileException(String message) {
        super(message);
    }

    public ExtractionFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
