package org.mineledger.model.laid;

import java.util.Objects;
import org.mineledger.geo.Distance;

/**
 * A lane (a marked safe route through the field) or a gap (an unmined stretch of a strip).
 *
 * @param label       e.g. {@code Lane 1}
 * @param gap         true for a gap, false for a lane
 * @param width       width on the ground
 * @param description where it lies (between which markers) and how it is marked or closed
 */
public record LaneOrGap(String label, boolean gap, Distance width, String description) {

    public LaneOrGap {
        label = label == null ? "" : label.strip();
        description = description == null ? "" : description.strip();
        Objects.requireNonNull(width, "Enter the width of the lane or gap in metres.");
        if (label.isEmpty()) {
            throw new IllegalArgumentException("Every lane or gap needs a label, e.g. Lane 1.");
        }
    }
}
