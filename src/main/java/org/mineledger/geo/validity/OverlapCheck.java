package org.mineledger.geo.validity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineledger.geo.GeoPoint;

/** Finds the land a polygon shares with other hazard areas, measured geodesically. */
final class OverlapCheck {
    private final Geometry subject;

    OverlapCheck(Polygon polygon) {
        // A crossing boundary is reported on its own; its overlaps are measured on the repaired shape.
        this.subject = polygon.isValid() ? polygon : GeometryFixer.fix(polygon);
    }

    List<ValidityProblem> against(List<Neighbour> others) {
        List<ValidityProblem> found = new ArrayList<>();
        for (Neighbour n : others) {
            if (subject.isEmpty() || !subject.getEnvelopeInternal().intersects(n.polygon().getEnvelopeInternal())) {
                continue; // most areas of a large workspace are far away; skip them before any real work
            }
            Geometry other = n.polygon().isValid() ? n.polygon() : GeometryFixer.fix(n.polygon());
            Geometry shared = OverlayNGRobust.overlay(subject, other, OverlayNG.INTERSECTION);
            double area = PolygonValidity.polygonalArea(shared);
            if (area > PolygonValidity.OVERLAP_NOISE_M2) {
                Coordinate c = InteriorPointArea.getInteriorPoint(shared);
                GeoPoint at = c == null ? null : new GeoPoint(c.y, c.x);
                found.add(new ValidityProblem(ProblemKind.OVERLAP, 0, at, String.format(Locale.ROOT,
                        "The area overlaps %s by %.1f m²%s. Hazard areas should not overlap: move the shared "
                        + "boundary, or check which area the land belongs to.", n.label(), area,
                        at == null ? "" : " around " + PlaceText.of(at))));
            }
        }
        return found;
    }
}
