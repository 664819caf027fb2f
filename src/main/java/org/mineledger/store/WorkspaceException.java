package org.mineledger.store;

/** A workspace cannot be opened, read or written; the message tells a deminer what, which file, and what to do. */
public class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
