package org.mineledger.geo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Magnetic declination entered by the user: the angle of magnetic north east of true north on a date.
 * The app does not model the geomagnetic field; the date records when the value was valid, because
 * declination drifts by a fraction of a degree a year.
 *
 * @param degreesEast declination in degrees, east positive, west negative
 * @param date        the date the declination applies to (from the map margin or a model such as WMM)
 */
public record Declination(double degreesEast, LocalDate date) {

    public Declination {
        Objects.requireNonNull(date, "Declination needs the date it applies to (declination drifts every year).");
        if (!Double.isFinite(degreesEast) || Math.abs(degreesEast) > 90) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Declination %s° is not plausible: enter degrees east (positive) or west (negative), at most 90.",
                    degreesEast));
        }
    }

    /** Turns a magnetic bearing into a true bearing: true = magnetic + declination (east positive). */
    public Bearing toTrue(Bearing magnetic) {
        if (magnetic.north() != NorthReference.MAGNETIC) {
            throw new IllegalArgumentException("Bearing " + magnetic + " is not magnetic; declination does not apply.");
        }
        double trueDeg = magnetic.degrees() + degreesEast;
        return Bearing.wrapped(magnetic.unit().fromDegrees(trueDeg), magnetic.unit(), NorthReference.TRUE);
    }

    /** Turns a true bearing into the magnetic bearing a compass shows: magnetic = true - declination. */
    public Bearing toMagnetic(Bearing trueBearing) {
        if (trueBearing.north() != NorthReference.TRUE) {
            throw new IllegalArgumentException("Bearing " + trueBearing + " is not true; convert it to true first.");
        }
        double magDeg = trueBearing.degrees() - degreesEast;
        return Bearing.wrapped(trueBearing.unit().fromDegrees(magDeg), trueBearing.unit(), NorthReference.MAGNETIC);
    }
}
