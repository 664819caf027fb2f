package org.mineledger.io.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature read from a file to import, before it becomes a hazard area.
 *
 * @param number     1-based position in the file, used in messages
 * @param id         the feature's own id or name in the file, or its number as text
 * @param location   where it is in the file for messages, e.g. {@code line 12}, {@code record 7} or, the id
 *                   telling which feature, {@code layer areas}
 * @param geometry   geometry in WGS84 (x = longitude, y = latitude), or null when it could not be read
 * @param attributes source attributes in file order (String, Long, Double, Boolean or null values)
 * @param problems   what is wrong with this feature, each a sentence for a deminer; empty when none
 */
public record SourceFeature(int number, String id, String location, Geometry geometry,
        Map<String, Object> attributes, List<String> problems) {

    public SourceFeature {
        // null stands for the number, made into text only when asked: a large import holds every feature
        id = id == null || id.isBlank() || id.equals(String.valueOf(number)) ? null : id;
        location = location == null || location.isBlank() ? "feature " + number : location;
        Objects.requireNonNull(attributes, "attributes");
        if (!(attributes instanceof SourceAttributes)) {
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
        problems = List.copyOf(problems);
    }

    /** The feature's own id or name in the file, or its number as text. */
    @Override
    public String id() {
        return id == null ? String.valueOf(number) : id;
    }

    /** A feature that could not be read at all, with the reason. */
    public static SourceFeature broken(int number, String id, String location, String problem) {
        return new SourceFeature(number, id, location, null, Map.of(), List.of(problem));
    }

    /** The attribute as stripped text, or {@code ""} when absent or null. */
    public String text(String key) {
        Object v = attributes.get(key);
        return v == null ? "" : v.toString().strip();
    }
}
