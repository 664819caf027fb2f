package org.mineledger.plan.marking;

/** A marking plan cannot be made from the given area or options; the message says why and what to do. */
public final class MarkingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MarkingException(String message) {
        super(message);
    }

    public MarkingException(String message, Throwable cause) {
        super(message, cause);
    }
}
