package org.w3id.unld.model;

/**
 * A document that unld cannot take, with a one-line reason a person can act on. Any stage may throw it;
 * the command line reports it as {@code FILE: reason} (with the line where known) and goes on with the others.
 */
public class RejectedDocumentException extends Exception {
    private final int line;

    public RejectedDocumentException(String reason) {
        this(reason, 0, null);
    }

    public RejectedDocumentException(String reason, Throwable cause) {
        this(reason, 0, cause);
    }

    public RejectedDocumentException(String reason, int line, Throwable cause) {
        super(reason, cause);
        this.line = line;
    }

    /** The 1-based line the reason refers to, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    public String reason() {
        return getMessage();
    }
}
