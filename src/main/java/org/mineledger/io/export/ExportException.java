package org.mineledger.io.export;

import org.mineledger.io.DataFileException;

/** An export that could not be written, naming the file and what to do. */
public class ExportException extends DataFileException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
