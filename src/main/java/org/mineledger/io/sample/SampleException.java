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

    /** The text of {@code field} in object {@code o} at {@code at} of file {@code path}; a missing one is named. */
    static String requireText(String path, com.fasterxml.jackson.databind.JsonNode o, String field, String at) {
        String t = o.path(field).asText("");
        if (t.isBlank()) {
            throw new SampleException(path + ", " + at + ": the field \"" + field + "\" is missing.");
        }
        return t;
    }
}
