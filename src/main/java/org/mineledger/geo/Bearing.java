package org.mineledger.geo;

import java.util.Locale;
import java.util.Objects;

/**
 * A horizontal direction measured clockwise from a stated north, in a stated unit.
 *
 * @param value angle from north, 0 inclusive to a full circle exclusive
 * @param unit  degrees or NATO mils
 * @param north true, grid or magnetic north
 */
public record Bearing(double value, AngleUnit unit, NorthReference north) {

    public Bearing {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(north, "north");
        if (!Double.isFinite(value) || value < 0 || value >= unit.fullCircle()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Bearing %s%s is out of range: it must be at least 0 and less than %s%s.",
                    plain(value), unit.symbol(), plain(unit.fullCircle()), unit.symbol()));
        }
    }

    public static Bearing degrees(double value, NorthReference north) {
        return new Bearing(value, AngleUnit.DEGREES, north);
    }

    public static Bearing mils(double value, NorthReference north) {
        return new Bearing(value, AngleUnit.MILS_NATO, north);
    }

    /** A bearing from any real angle, wrapped into 0 up to a full circle. */
    public static Bearing wrapped(double value, AngleUnit unit, NorthReference north) {
        double full = unit.fullCircle();
        double v = value % full;
        if (v < 0) {
            v += full;
        }
        if (v >= full) {
            v = 0;
        }
        return new Bearing(v, unit, north);
    }

    /** The angle in degrees from this bearing's own north. */
    public double degrees() {
        return unit.toDegrees(value);
    }

    /**
     * The degrees written with {@code decimals} decimals, in [0, 360): a bearing that rounds up to 360 is written
     * as 0 (359.96° with one decimal is "0.0", not "360.0"), so one direction is always written one way.
     */
    public String degreesText(int decimals) {
        double step = Math.pow(10, decimals);
        double rounded = Math.round(degrees() * step) / step;
        return String.format(Locale.ROOT, "%." + decimals + "f", rounded >= 360 ? rounded - 360 : rounded);
    }

    /** The same direction expressed in another unit, from the same north. */
    public Bearing in(AngleUnit other) {
        return wrapped(other.fromDegrees(degrees()), other, north);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s%s %s", plain(value), unit.symbol(), north.name().toLowerCase(Locale.ROOT));
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
