package org.mineledger.store;

/** A record file (JSON) that cannot be read; the message names the field at fault and what to write there. */
public final class RecordFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public RecordFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public RecordFormatException(String message) {
        super(message);
    }
}
