package org.mineledger.geo;

import java.util.Objects;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Area and perimeter of a polygon (x = longitude, y = latitude, WGS84 degrees) on the ellipsoid, with
 * GeographicLib's {@code PolygonArea} (edges are geodesics), as the {@code Planimeter} tool computes it.
 */
public final class GeodesicArea {
    private final double area;
    private final double exteriorPerimeter;
    private final double perimeter;

    public GeodesicArea(Polygon polygon) {
        Objects.requireNonNull(polygon, "polygon");
        if (polygon.isEmpty()) {
            throw new IllegalArgumentException("The polygon is empty; it has no area.");
        }
        double[] outer = ring(polygon.getExteriorRing());
        double a = outer[0];
        double p = outer[1];
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            double[] hole = ring(polygon.getInteriorRingN(i));
            a -= hole[0];
            p += hole[1];
        }
        this.area = a;
        this.exteriorPerimeter = outer[1];
        this.perimeter = p;
    }

    /** Area in square metres: the exterior ring less its holes. */
    public double area() {
        return area;
    }

    /** Length of the exterior ring in metres (the line to fence or mark). */
    public double exteriorPerimeter() {
        return exteriorPerimeter;
    }

    /** Length of all rings, holes included, in metres (as JTS {@code getLength}). */
    public double perimeter() {
        return perimeter;
    }

    /** Unsigned area and perimeter of one ring, whichever way it turns. */
    private static double[] ring(LineString ring) {
        PolygonArea pa = new PolygonArea(Geodesic.WGS84, false);
        Coordinate[] c = ring.getCoordinates();
        int n = c.length;
        if (n > 1 && c[0].equals2D(c[n - 1])) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            new GeoPoint(c[i].y, c[i].x); // validates the vertex
            pa.AddPoint(c[i].y, c[i].x);
        }
        PolygonResult r = pa.Compute(false, true);
        return new double[] {Math.abs(r.area), r.perimeter};
    }
}
