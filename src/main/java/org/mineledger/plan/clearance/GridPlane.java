package org.mineledger.plan.clearance;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.geo.Grid;

/**
 * A hazard polygon carried into a plane grid and back. Edges are first split at points ON their geodesics, so
 * the polygon's geodesic area is unchanged, and a cut made with a straight grid line between two such points a
 * few metres apart departs from the geodesic by far less than a square millimetre: the pieces' geodesic areas
 * then add up to the polygon's.
 */
final class GridPlane {
    static final GeometryFactory GEOMETRY = new GeometryFactory();
    private final Grid grid;
    private final double stepM;

    GridPlane(Grid grid, double stepM) {
        this.grid = grid;
        this.stepM = stepM;
    }

    /** The lon/lat polygon in grid metres, edges densified along their geodesics. */
    Polygon toGrid(Polygon lonLat) {
        LinearRing shell = ring(lonLat.getExteriorRing().getCoordinates());
        LinearRing[] holes = new LinearRing[lonLat.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(lonLat.getInteriorRingN(i).getCoordinates());
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private LinearRing ring(Coordinate[] c) {
        List<Coordinate> out = new ArrayList<>();
        for (int i = 0; i + 1 < c.length; i++) {
            GeodesicLine line = Geodesic.WGS84.InverseLine(c[i].y, c[i].x, c[i + 1].y, c[i + 1].x);
            int n = Math.max(1, (int) Math.ceil(line.Distance() / stepM));
            for (int k = 0; k < n; k++) {
                double lat;
                double lon;
                if (k == 0) {
                    lat = c[i].y;
                    lon = c[i].x;
                } else {
                    GeodesicData d = line.Position(line.Distance() * k / n);
                    lat = d.lat2;
                    lon = d.lon2;
                }
                double[] en = grid.project(new GeoPoint(lat, lon));
                out.add(new Coordinate(en[0], en[1]));
            }
        }
        out.add(new Coordinate(out.get(0)));
        return GEOMETRY.createLinearRing(out.toArray(Coordinate[]::new));
    }

    /** A grid-metre geometry (polygons) back in lon/lat, vertex by vertex. */
    Geometry toLonLat(Geometry gridGeometry) {
        Geometry copy = gridGeometry.copy();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) co -> {
            GeoPoint p = grid.unproject(co.x, co.y);
            co.x = p.lon();
            co.y = p.lat();
        });
        copy.geometryChanged();
        return copy;
    }

    GeoPoint point(double easting, double northing) {
        return grid.unproject(easting, northing);
    }

    /** Geodesic area in m² of the polygons of a lon/lat geometry. */
    static double geodesicArea(Geometry lonLat) {
        double sum = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            if (lonLat.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                sum += new GeodesicArea(p).area();
            }
        }
        return sum;
    }

    /** Only the polygonal parts of an overlay result (drops slivers reduced to lines or points). */
    static Geometry polygons(Geometry g) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts.size() == 1 ? parts.get(0) : GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
    }
}
