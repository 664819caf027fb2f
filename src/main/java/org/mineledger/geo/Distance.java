package org.mineledger.geo;

/**
 * A length on the ground in metres.
 *
 * @param metres the length, finite and not negative
 */
public record Distance(double metres) implements Comparable<Distance> {
    public static final Distance ZERO = new Distance(0);

    public Distance {
        if (!Double.isFinite(metres) || metres < 0) {
            throw new IllegalArgumentException("Distance " + metres + " m is not possible: enter 0 m or more.");
        }
    }

    public static Distance ofMetres(double metres) {
        return new Distance(metres);
    }

    @Override
    public int compareTo(Distance other) {
        return Double.compare(metres, other.metres);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.3f m", metres);
    }
}
