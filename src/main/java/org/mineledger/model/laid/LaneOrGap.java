package org.mineledger.model.laid;

import java.util.Locale;
import java.util.Objects;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.TraverseLeg;

/**
 * A lane (a marked safe route through the field) or a gap (an unmined stretch of a strip), with where it starts
 * (by bearing and distance from the reference point, or by coordinates) and its course to its far end.
 *
 * @param label         its identifier, e.g. {@code Lane 1}, unique in the record
 * @param gap           true for a gap, false for a lane
 * @param width         width on the ground, more than 0 m
 * @param fromReference leg from the reference point to its entry marker, null when given by coordinates or unknown
 * @param entry         its entry marker by coordinates, null when given from the reference point or unknown
 * @param course        leg from the entry marker to the exit marker, null when not measured
 * @param marked        true when it is marked on the ground
 * @param closed        true when it has been closed (mined or blocked) and is no longer a safe route
 * @param description   where it lies (between which markers) and how it is marked or closed
 */
public record LaneOrGap(String label, boolean gap, Distance width, TraverseLeg fromReference, GeoPoint entry,
        TraverseLeg course, boolean marked, boolean closed, String description) {
    /** Wider than this is more likely a typing error (a digit too many) than a lane or gap. */
    public static final double MAX_WIDTH_M = 500;

    public LaneOrGap {
        label = label == null ? "" : label.strip();
        description = description == null ? "" : description.strip();
        if (label.isEmpty()) {
            throw new IllegalArgumentException("Every lane or gap needs a label, e.g. Lane 1.");
        }
        Objects.requireNonNull(width, "Enter the width of " + label + " in metres.");
        if (width.metres() <= 0 || width.metres() > MAX_WIDTH_M) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: width %s m is not plausible; enter "
                    + "more than 0 and at most %.0f m.", label, width.metres(), MAX_WIDTH_M));
        }
        if (fromReference != null && entry != null) {
            throw new IllegalArgumentException(label + ": give the entry marker either by bearing and distance from "
                    + "the reference point or by coordinates, not both.");
        }
    }

    /** A lane or gap known only by label, width and description (no positions, not marked, open). */
    public LaneOrGap(String label, boolean gap, Distance width, String description) {
        this(label, gap, width, null, null, null, false, false, description);
    }

    /** "lane" or "gap", with "marked" and "closed" when they apply. */
    public String state() {
        return (gap ? "gap" : "lane") + (marked ? ", marked" : ", not marked") + (closed ? ", closed" : "");
    }
}
