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

    /**
     * Rewrites a text read by {@code parser}. UTM going to UTM or MGRS in its own (standard) zone keeps its digits,
     * as GeoConvert does: a round trip through latitude and longitude can turn 700 000 m into 699 999.999 999 99 m.
     */
    public String convert(String text, CoordinateParser parser) {
        if (parser.systemOf(text) == CoordinateSystem.UTM && (system == CoordinateSystem.UTM || system == CoordinateSystem.MGRS)) {
            UtmPosition u = UtmSystem.read(text);
            GeoPoint p = Utm.inverse(u);
            if (u.zone() == Utm.standardZone(p) && u.north() == p.lat() >= 0) {
                return system == CoordinateSystem.MGRS ? Mgrs.format(u, p.lat(), MgrsSystem.digits(precision))
                        : UtmSystem.format(u, precision);
            }
        }
        return format(parser.parse(text));
    }
}
