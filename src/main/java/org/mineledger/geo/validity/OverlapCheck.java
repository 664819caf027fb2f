package org.mineledger.geo.validity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineledger.geo.GeoPoint;

/**
 * Finds the land a hazard area shares with other hazard areas, measured geodesically on the real areas: land
 * inside a hole of either area is not hazard land of that area, so it is no overlap.
 */
final class OverlapCheck {
    private final Polygon drawn;
    private final Geometry subject;

    /** @param polygon the area as drawn, holes included (x = longitude, y = latitude) */
    OverlapCheck(Polygon polygon) {
        this.drawn = polygon;
        // A crossing boundary or hole is reported on its own; overlaps are measured on the repaired land.
        this.subject = polygon.isValid() ? polygon : AreaRepair.land(polygon);
    }

    List<ValidityProblem> against(List<Neighbour> others) {
        List<ValidityProblem> found = new ArrayList<>();
        for (Neighbour n : others) {
            if (subject.isEmpty() || !subject.getEnvelopeInternal().intersects(n.polygon().getEnvelopeInternal())) {
                continue; // most areas of a large workspace are far away; skip them before any real work
            }
            Geometry other = n.polygon().isValid() ? n.polygon() : AreaRepair.land(n.polygon());
            Geometry shared = OverlayNGRobust.overlay(subject, other, OverlayNG.INTERSECTION);
            double area = PolygonValidity.polygonalArea(shared);
            if (area > PolygonValidity.OVERLAP_NOISE_M2) {
                found.add(overlap(n, other, shared, area));
            }
        }
        return found;
    }

    private ValidityProblem overlap(Neighbour n, Geometry other, Geometry shared, double area) {
        Coordinate c = InteriorPointArea.getInteriorPoint(shared);
        GeoPoint at = c == null ? null : new GeoPoint(c.y, c.x);
        int[] corner = firstCornerInside(other);
        StringBuilder where = new StringBuilder(at == null ? "" : " around " + PlaceText.of(at));
        List<Integer> holes = holesAlong(shared);
        if (!holes.isEmpty()) {
            where.append(String.format(Locale.ROOT, ", up to the edge of %s (land inside the hole%s is not counted)",
                    holeNames(holes), holes.size() == 1 ? "" : "s"));
        }
        if (corner[1] > 0) {
            where.append(String.format(Locale.ROOT, "; vertex %d of %s lies inside %s", corner[1],
                    corner[0] == 0 ? "the outer boundary" : "hole " + corner[0], n.label()));
        }
        return new ValidityProblem(ProblemKind.OVERLAP, corner[0], corner[1], at, String.format(Locale.ROOT,
                "The area overlaps %s by %.1f m²%s. Hazard areas should not overlap: move the shared boundary, or "
                + "check which area the land belongs to.", n.label(), area, where));
    }

    /** {ring, vertex} of the first drawn corner strictly inside the other area, {0, 0} when none is. */
    private int[] firstCornerInside(Geometry other) {
        IndexedPointInAreaLocator in = new IndexedPointInAreaLocator(other);
        for (int r = 0; r <= drawn.getNumInteriorRing(); r++) {
            LinearRing ring = r == 0 ? drawn.getExteriorRing() : drawn.getInteriorRingN(r - 1);
            Coordinate[] cs = ring.getCoordinates();
            for (int k = 0; k + 1 < cs.length; k++) {
                if (in.locate(cs[k]) == Location.INTERIOR) {
                    return new int[] {r, k + 1};
                }
            }
        }
        return new int[] {0, 0};
    }

    /** Numbers (from 1) of the drawn holes whose edge bounds part of the shared land. */
    private List<Integer> holesAlong(Geometry shared) {
        List<Integer> along = new ArrayList<>();
        for (int i = 0; i < drawn.getNumInteriorRing(); i++) {
            LinearRing hole = drawn.getInteriorRingN(i);
            if (hole.getEnvelopeInternal().intersects(shared.getEnvelopeInternal()) && hole.intersects(shared)) {
                along.add(i + 1);
            }
        }
        return along;
    }

    private static String holeNames(List<Integer> holes) {
        StringBuilder b = new StringBuilder(holes.size() == 1 ? "hole " : "holes ");
        for (int i = 0; i < holes.size(); i++) {
            b.append(i == 0 ? "" : i + 1 == holes.size() ? " and " : ", ").append(holes.get(i));
        }
        return b.toString();
    }
}
