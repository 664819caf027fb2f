package org.mineledger.model.laid;

import java.util.Objects;
import org.mineledger.geo.GeoPoint;

/**
 * A feature that can be found on the ground and on the map, from which the reference point is measured.
 *
 * @param description what it is, e.g. {@code NE corner of the concrete culvert, road 12 km 4}
 * @param position    where it is on WGS84
 */
public record Landmark(String description, GeoPoint position) {

    public Landmark {
        description = description == null ? "" : description.strip();
        Objects.requireNonNull(position, "Enter the landmark's position (any supported coordinate system).");
    }
}
