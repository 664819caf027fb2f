package org.mineledger.geo.validity;

import java.util.Objects;
import org.locationtech.jts.geom.Polygon;

/**
 * Another hazard area that the checked polygon must not overlap.
 *
 * @param label   how the user knows it, e.g. {@code HA-0003 "North field"}
 * @param polygon its boundary (x = longitude, y = latitude, WGS84 degrees)
 */
public record Neighbour(String label, Polygon polygon) {

    public Neighbour {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(polygon, "polygon");
    }
}
