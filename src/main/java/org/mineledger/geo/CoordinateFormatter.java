package org.mineledger.geo;

import java.util.Objects;

/** Writes positions in one coordinate system at one stated precision. */
public final class CoordinateFormatter {
    private final CoordinateSystem system;
    private final Precision precision;

    public CoordinateFormatter(CoordinateSystem system, Precision precision) {
        this.system = Objects.requireNonNull(system, "system");
        this.precision = Objects.requireNonNull(precision, "precision");
    }

    public CoordinateSystem system() {
        return system;
    }

    public Precision precision() {
        return precision;
    }

    public String format(GeoPoint p) {
        return system.format(p, precision);
    }
}
