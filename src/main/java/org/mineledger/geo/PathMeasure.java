package org.mineledger.geo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Geodesic length of a path and area of the polygon it closes, on the WGS84 ellipsoid (measure tools). */
public record PathMeasure(Distance length, Distance closedPerimeter, double areaSquareMetres) {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** Measures the points in order; the area is that of the ring closed back to the first point (0 below 3). */
    public static PathMeasure of(List<GeoPoint> points) {
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            length += Geodesy.inverse(points.get(i - 1), points.get(i)).distance().metres();
        }
        if (points.size() < 3) {
            return new PathMeasure(Distance.ofMetres(length), Distance.ofMetres(2 * length), 0);
        }
        Coordinate[] ring = new Coordinate[points.size() + 1];
        for (int i = 0; i < points.size(); i++) {
            ring[i] = new Coordinate(points.get(i).lon(), points.get(i).lat());
        }
        ring[points.size()] = ring[0];
        GeodesicArea area = new GeodesicArea(FACTORY.createPolygon(ring));
        return new PathMeasure(Distance.ofMetres(length), Distance.ofMetres(area.perimeter()), Math.abs(area.area()));
    }
}
