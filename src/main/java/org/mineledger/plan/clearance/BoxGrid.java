package org.mineledger.plan.clearance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Grid;

/**
 * A hazard polygon split into numbered square work boxes of a chosen size aligned to a map grid (box edges on
 * multiples of the size in grid metres, e.g. UTM 10 m), clipped to the polygon, each with its geodesic area and
 * corner coordinates. The boxes' areas add up to the polygon's geodesic area.
 */
public final class BoxGrid {
    /** Largest number of boxes one hazard may be cut into, so a typo (1 m boxes on 1 km²) fails clearly. */
    static final int MAX_BOXES = 200_000;
    private final List<WorkUnit> boxes;
    private final double sizeM;
    private final Grid grid;

    /** Refuses a box side outside 1 to 1,000 m, before any hazard is cut. */
    public static void checkSize(double sizeM) {
        if (!(sizeM >= 1) || sizeM > 1_000) {
            throw new IllegalArgumentException("Box size " + sizeM + " m must be between 1 and 1,000 m.");
        }
    }

    /**
     * @param lonLat hazard polygon, x = longitude, y = latitude (WGS84 degrees)
     * @param grid   the grid boxes align to (the hazard's UTM zone or a national grid)
     * @param sizeM  box side in grid metres, 1 to 1,000
     */
    public BoxGrid(Polygon lonLat, Grid grid, double sizeM) {
        Objects.requireNonNull(lonLat, "lonLat");
        this.grid = Objects.requireNonNull(grid, "grid");
        checkSize(sizeM);
        this.sizeM = sizeM;
        GridPlane plane = new GridPlane(grid, Math.max(0.5, Math.min(5, sizeM / 4)));
        Polygon area = plane.toGrid(lonLat);
        Envelope env = area.getEnvelopeInternal();
        long colMin = (long) Math.floor(env.getMinX() / sizeM);
        long colMax = (long) Math.ceil(env.getMaxX() / sizeM);
        long rowMin = (long) Math.floor(env.getMinY() / sizeM);
        long rowMax = (long) Math.ceil(env.getMaxY() / sizeM);
        if ((colMax - colMin) * (rowMax - rowMin) > MAX_BOXES) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "Boxes of %.0f m would cut this hazard into about %,d boxes; choose a larger box size.",
                    sizeM, (colMax - colMin) * (rowMax - rowMin)));
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        List<WorkUnit> out = new ArrayList<>();
        for (long row = rowMax - 1; row >= rowMin; row--) {
            for (long col = colMin; col < colMax; col++) {
                Envelope cellEnv = new Envelope(col * sizeM, (col + 1) * sizeM, row * sizeM, (row + 1) * sizeM);
                Geometry cell = GridPlane.GEOMETRY.toGeometry(cellEnv);
                if (!prepared.intersects(cell)) {
                    continue;
                }
                boolean whole = prepared.containsProperly(cell);
                Geometry piece = whole ? cell
                        : GridPlane.polygons(OverlayNGRobust.overlay(area, cell, OverlayNG.INTERSECTION));
                if (piece.isEmpty()) {
                    continue;
                }
                Geometry lonLatPiece = plane.toLonLat(piece);
                int number = out.size() + 1;
                out.add(new WorkUnit(number, "B" + number, lonLatPiece, corners(plane, cellEnv),
                        GridPlane.geodesicArea(lonLatPiece), !whole));
            }
        }
        this.boxes = List.copyOf(out);
    }

    private static List<GeoPoint> corners(GridPlane plane, Envelope e) {
        return List.of(plane.point(e.getMinX(), e.getMaxY()), plane.point(e.getMaxX(), e.getMaxY()),
                plane.point(e.getMaxX(), e.getMinY()), plane.point(e.getMinX(), e.getMinY()));
    }

    public List<WorkUnit> boxes() {
        return boxes;
    }

    public double sizeM() {
        return sizeM;
    }

    public Grid grid() {
        return grid;
    }

    /** Sum of the boxes' geodesic areas, m². */
    public double totalAreaM2() {
        return boxes.stream().mapToDouble(WorkUnit::areaM2).sum();
    }
}
