package org.mineledger.model;

/** A change to a signed-off record, or a step out of order in its life cycle, was refused. */
public final class RecordLockedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public RecordLockedException(String message) {
        super(message);
    }
}
