package org.mineledger.ui.edit;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.LineString;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.validity.Rings;

/** The rings of the polygon being edited: ring 0 is the outer boundary, rings 1, 2, … are its holes. */
final class RingSet {
    private final List<List<GeoPoint>> rings = new ArrayList<>(List.of(new ArrayList<>()));

    /** The corners of a stored ring (x = longitude, y = latitude), without the repeated first one. */
    static List<GeoPoint> corners(LineString r) {
        return Rings.corners(r);
    }

    /** Replaces every ring; copies the lists given. */
    void reset(List<GeoPoint> shell, List<List<GeoPoint>> holes) {
        rings.clear();
        rings.add(new ArrayList<>(shell));
        for (List<GeoPoint> h : holes) {
            rings.add(new ArrayList<>(h));
        }
    }

    /** The corners of ring {@code index}, changeable in place by {@link VertexEdit}s. */
    List<GeoPoint> ring(int index) {
        return rings.get(index);
    }

    /** Outer boundary plus holes. */
    int size() {
        return rings.size();
    }

    void insertHole(int index, List<GeoPoint> corners) {
        if (index < 1) {
            throw new IllegalArgumentException("Ring 0 is the outer boundary; holes are rings 1 and up.");
        }
        rings.add(index, new ArrayList<>(corners));
    }

    List<GeoPoint> removeHole(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("Ring 0 is the outer boundary and cannot be removed as a hole.");
        }
        return rings.remove(index);
    }

    /** Copies of the holes' corner lists, in order. */
    List<List<GeoPoint>> holes() {
        return rings.subList(1, rings.size()).stream().map(List::copyOf).toList();
    }
}
