package org.mineledger.io;

/** A data file (bundled or chosen by the user) that cannot be read, with a message saying where and why. */
public class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
