package org.stdkg.eval;

/**
 * A gold file line that does not follow CONTRACT.md section 4. The message is meant for users as is:
 * {@code FILE:LINE: reason}, so a command line can print it without a stack trace.
 */
public final class GoldFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    /**
     * @param file the file name as given to the parser
     * @param line the 1-based line number
     * @param reason what is wrong, without the location
     */
    public GoldFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The file name as given to the parser. */
    public String file() {
        return file;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }
}
