package org.mineledger.map;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One drawable thing on a base map.
 *
 * @param geometry WGS84 (x = longitude, y = latitude); shared, so treat it as read-only
 * @param label    name to print, empty when none
 * @param cls      feature class within the layer, e.g. {@code main} for a road, empty when none
 */
public record BaseFeature(Geometry geometry, String label, String cls) {

    public BaseFeature {
        Objects.requireNonNull(geometry, "geometry");
        label = label == null ? "" : label;
        cls = cls == null ? "" : cls;
    }
}
