package org.mineledger.io.geojson;

import org.mineledger.io.DataFileException;

/** A GeoJSON file that cannot be read, with the file, the feature number (or line and column) and the fault. */
public class GeoJsonException extends DataFileException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int featureNumber;

    /** A fault in feature {@code featureNumber} (1-based; 0 for the file as a whole). */
    public GeoJsonException(String source, int featureNumber, String problem) {
        super(source + (featureNumber > 0 ? ", feature " + featureNumber : "") + ": " + problem);
        this.source = source;
        this.featureNumber = featureNumber;
    }

    GeoJsonException(String message, String source, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.featureNumber = 0;
    }

    /** The file name or description given to the reader. */
    public String source() {
        return source;
    }

    /** 1-based number of the feature at fault, 0 when the fault is not in one feature. */
    public int featureNumber() {
        return featureNumber;
    }
}
