package org.mineledger.io.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicInverse;
import org.mineledger.geo.Geodesy;

/**
 * The laid-protective-minefield scenario tells the student that CHA HA-0004 is "the trace with a 25 m safety
 * margin": every side of it must be 25 m from the trace HA-0003, measured on the ellipsoid.
 */
class ProtectiveMinefieldMarginTest {
    private static final Path SCENARIO = Path.of("samples/laid-protective-minefield");
    private static final GeometryFactory PLANE = new GeometryFactory();

    @Test
    void everySideOfTheConfirmedAreaIs25MetresFromTheTrace() throws IOException {
        JsonNode solution = new ObjectMapper().readTree(Files.readString(SCENARIO.resolve("solution.geojson")));
        List<GeoPoint> trace = ring(solution, "HA-0003");
        List<GeoPoint> cha = ring(solution, "HA-0004");
        GeoPoint origin = trace.get(0);
        Polygon traceLocal = polygon(trace, origin);
        Polygon chaLocal = polygon(cha, origin);
        assertThat(chaLocal.contains(traceLocal)).isTrue();
        LineString traceEdge = traceLocal.getExteriorRing();
        for (int i = 0; i < cha.size(); i++) {
            Coordinate a = chaLocal.getExteriorRing().getCoordinateN(i);
            Coordinate b = chaLocal.getExteriorRing().getCoordinateN(i + 1);
            double nearest = Double.MAX_VALUE;
            for (int k = 0; k <= 100; k++) {
                Coordinate p = new Coordinate(a.x + (b.x - a.x) * k / 100, a.y + (b.y - a.y) * k / 100);
                nearest = Math.min(nearest, traceEdge.distance(PLANE.createPoint(p)));
            }
            assertThat(nearest).as("side C%d-C%d of HA-0004 from the trace", i + 1, (i + 1) % cha.size() + 1)
                    .isBetween(24.5, 25.5);
        }
        assertThat(Files.readString(SCENARIO.resolve("walkthrough.json"))).contains("25 m safety margin");
    }

    private static List<GeoPoint> ring(JsonNode collection, String reference) {
        for (JsonNode f : collection.get("features")) {
            if (f.get("properties").get("reference").asText().equals(reference)) {
                List<GeoPoint> out = new ArrayList<>();
                JsonNode c = f.get("geometry").get("coordinates").get(0);
                for (int i = 0; i < c.size() - 1; i++) {
                    out.add(new GeoPoint(c.get(i).get(1).asDouble(), c.get(i).get(0).asDouble()));
                }
                return out;
            }
        }
        throw new AssertionError(reference + " is not in the solution");
    }

    /** Metres east and north of the origin (azimuthal equidistant, geodesic). */
    private static Polygon polygon(List<GeoPoint> ring, GeoPoint origin) {
        Coordinate[] c = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            GeodesicInverse g = Geodesy.inverse(origin, ring.get(i));
            double az = Math.toRadians(g.azimuth1());
            c[i] = new Coordinate(g.distance().metres() * Math.sin(az), g.distance().metres() * Math.cos(az));
        }
        c[ring.size()] = c[0].copy();
        return PLANE.createPolygon(c);
    }
}
