package org.mineledger.plan.marking;

import java.util.Objects;
import java.util.regex.Pattern;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.NorthReference;

/**
 * One warning sign of a marking plan.
 *
 * @param number      S-001, S-002 ... in the order a team walks the marked line
 * @param position    where the sign's post stands, WGS84
 * @param facing      true bearing the sign's face looks towards: away from the hazard, to the people approaching
 * @param reason      why the sign stands here
 * @param chainage    distance along the marked line from sign S-001, geodesic
 */
public record Sign(String number, GeoPoint position, Bearing facing, SignReason reason, Distance chainage) {
    private static final Pattern NUMBER = Pattern.compile("S-\\d{3,}");

    public Sign {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(facing, "facing");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(chainage, "chainage");
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("Sign number '" + number + "' is not in the form S-001.");
        }
        if (facing.north() != NorthReference.TRUE) {
            throw new IllegalArgumentException("Sign " + number + " faces " + facing
                    + "; a marking plan gives true bearings.");
        }
    }

    /** The sign numbered {@code n} (1-based): S-001. */
    public static String numbered(int n) {
        return String.format("S-%03d", n);
    }
}
