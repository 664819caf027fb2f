package org.mineledger.plan.clearance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Grid;

/**
 * A hazard polygon split into numbered clearance lanes of a chosen width (1 m is usual) running along a chosen
 * grid bearing, lane edges on multiples of the width from the grid origin, clipped to the polygon, each with its
 * geodesic area and the corners of its strip.
 */
public final class LaneLayout {
    static final int MAX_LANES = 20_000;
    private final List<WorkUnit> lanes;
    private final double widthM;
    private final double bearingDeg;

    /**
     * @param widthM     lane width in grid metres, 0.5 to 100
     * @param bearingDeg grid bearing of the lane axis, degrees clockwise from grid north (0 to 180)
     */
    /** Refuses a lane width outside 0.5 to 100 m or a bearing outside 0 to 360°, before any hazard is cut. */
    public static void check(double widthM, double bearingDeg) {
        if (!(widthM >= 0.5) || widthM > 100) {
            throw new IllegalArgumentException("Lane width " + widthM + " m must be between 0.5 and 100 m.");
        }
        if (!(bearingDeg >= 0) || bearingDeg >= 360) {
            throw new IllegalArgumentException("Lane direction " + bearingDeg + "° must be a grid bearing 0 to 360°.");
        }
    }

    public LaneLayout(Polygon lonLat, Grid grid, double widthM, double bearingDeg) {
        Objects.requireNonNull(lonLat, "lonLat");
        Objects.requireNonNull(grid, "grid");
        check(widthM, bearingDeg);
        this.widthM = widthM;
        this.bearingDeg = bearingDeg;
        GridPlane plane = new GridPlane(grid, Math.max(0.5, Math.min(5, widthM)));
        Polygon area = plane.toGrid(lonLat);
        // Turn the plane so the lane axis points up: lanes become vertical strips.
        AffineTransformation toLane = AffineTransformation.rotationInstance(Math.toRadians(bearingDeg));
        AffineTransformation back = AffineTransformation.rotationInstance(-Math.toRadians(bearingDeg));
        Geometry turned = toLane.transform(area);
        Envelope env = turned.getEnvelopeInternal();
        long first = (long) Math.floor(env.getMinX() / widthM);
        long last = (long) Math.ceil(env.getMaxX() / widthM);
        if (last - first > MAX_LANES) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "Lanes of %.1f m would cut this hazard into %,d lanes; choose wider lanes or boxes.",
                    widthM, last - first));
        }
        List<WorkUnit> out = new ArrayList<>();
        for (long k = first; k < last; k++) {
            Envelope strip = new Envelope(k * widthM, (k + 1) * widthM, env.getMinY(), env.getMaxY());
            Geometry stripGeom = GridPlane.GEOMETRY.toGeometry(strip);
            Geometry piece = GridPlane.polygons(OverlayNGRobust.overlay(turned, stripGeom, OverlayNG.INTERSECTION));
            if (piece.isEmpty()) {
                continue;
            }
            Geometry lonLatPiece = plane.toLonLat(back.transform(piece));
            Geometry corners = back.transform(stripGeom);
            List<GeoPoint> pts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                var c = corners.getCoordinates()[i];
                pts.add(plane.point(c.x, c.y));
            }
            int number = out.size() + 1;
            out.add(new WorkUnit(number, "L" + number, lonLatPiece, pts, GridPlane.geodesicArea(lonLatPiece), true));
        }
        this.lanes = List.copyOf(out);
    }

    public List<WorkUnit> lanes() {
        return lanes;
    }

    public double widthM() {
        return widthM;
    }

    public double bearingDeg() {
        return bearingDeg;
    }

    public double totalAreaM2() {
        return lanes.stream().mapToDouble(WorkUnit::areaM2).sum();
    }
}
