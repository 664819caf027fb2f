package org.mineledger.plan.training;

import java.util.Objects;
import org.mineledger.geo.GeoPoint;

/**
 * A point the student is given on the exercise map, e.g. the landmark a traverse starts from or an
 * explosive ordnance find.
 *
 * @param label    short name printed beside it, e.g. {@code LM} or {@code EO-01}
 * @param name     what it is, e.g. "crossing point marker post"
 * @param position where it is
 * @param text     the position as the scenario writes it (any supported coordinate system)
 */
public record MapPoint(String label, String name, GeoPoint position, String text) {
    public MapPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(position, "position");
        name = name == null ? "" : name.strip();
        text = text == null ? "" : text.strip();
    }
}
