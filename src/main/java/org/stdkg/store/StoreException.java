package org.stdkg.store;

/** The store cannot be opened or written; the message is one line naming the database or file. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The innermost cause's message, first line; a file-system error says what it was (its message may only be the path). */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        String line = (m == null ? t.getClass().getSimpleName() : m).lines().findFirst().orElse("");
        if (t instanceof java.nio.file.AccessDeniedException) {
            return line + ": permission denied";
        }
        if (t instanceof java.nio.file.FileSystemException f && f.getReason() == null) {
            return line + ": " + t.getClass().getSimpleName();
        }
        return line;
    }
}
