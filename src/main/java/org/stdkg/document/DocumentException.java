package org.stdkg.document;

/** A file that cannot be read as a document; the message is one line naming the file and the reason. */
public final class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
