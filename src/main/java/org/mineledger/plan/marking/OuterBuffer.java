package org.mineledger.plan.marking;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Utm;
import org.mineledger.geo.UtmPosition;

/**
 * Offsets a ring outward by a distance on the ground. The offset is made in the UTM zone of the ring's first
 * turning point (a conformal transverse-Mercator projection, scale error under 0.1 % near the zone's centre),
 * with mitred corners so each turning point stays one turning point, and then taken back to WGS84.
 */
final class OuterBuffer {
    private static final GeometryFactory GF = new GeometryFactory();
    /** Mitre limit (multiples of the offset) before a sharp corner is bevelled: JTS's own default. */
    private static final double MITRE_LIMIT = BufferParameters.DEFAULT_MITRE_LIMIT;

    private OuterBuffer() {
    }

    /** The ring {@code ring} (not closed) moved {@code metres} outward; turning points of the result, not closed. */
    static List<GeoPoint> offset(List<GeoPoint> ring, double metres, int zone) {
        Coordinate[] c = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            UtmPosition u = Utm.forward(ring.get(i), zone);
            c[i] = new Coordinate(u.easting(), u.northing());
        }
        c[ring.size()] = c[0];
        Polygon projected = GF.createPolygon(c);
        BufferParameters p = new BufferParameters(BufferParameters.DEFAULT_QUADRANT_SEGMENTS,
                BufferParameters.CAP_FLAT, BufferParameters.JOIN_MITRE, MITRE_LIMIT);
        Geometry g = BufferOp.bufferOp(projected, metres, p);
        if (!(g instanceof Polygon out) || out.isEmpty()) {
            throw new MarkingException("The outer buffer of " + metres + " m did not give one closed line; "
                    + "check the hazard polygon for narrow spikes, or mark without a buffer.");
        }
        boolean north = ring.get(0).lat() >= 0;
        Coordinate[] oc = out.getExteriorRing().getCoordinates();
        List<GeoPoint> result = new ArrayList<>();
        for (int i = 0; i < oc.length - 1; i++) {
            result.add(Utm.inverse(new UtmPosition(zone, north, oc[i].x, oc[i].y)));
        }
        return result;
    }
}
