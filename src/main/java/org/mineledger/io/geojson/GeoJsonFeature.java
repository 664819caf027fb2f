package org.mineledger.io.geojson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a GeoJSON FeatureCollection, geometry in WGS84 (x = longitude, y = latitude).
 *
 * @param number     1-based position of the feature in the file, as used in error messages
 * @param id         the feature's {@code id} as text, empty when it has none
 * @param geometry   the geometry; treat as read-only
 * @param properties the properties in file order: String, Long, Double, Boolean, null, List or Map values
 */
public record GeoJsonFeature(int number, String id, Geometry geometry, Map<String, Object> properties) {

    public GeoJsonFeature {
        Objects.requireNonNull(geometry, "geometry");
        id = id == null ? "" : id;
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** The property as text, or {@code ""} when it is absent or null. */
    public String text(String key) {
        Object value = properties.get(key);
        return value == null ? "" : value.toString();
    }
}
