package org.mineledger.io.sample;

import org.mineledger.io.DataFileException;

/** A sample scenario that does not exist or cannot be loaded. */
public class SampleException extends DataFileException {
    private static final long serialVersionUID = 1L;

    public SampleException(String message) {
        super(message);
    }

    public SampleException(String message, Throwable cause) {
        super(message, cause);
    }
}
