package org.mineledger.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Compares geodesy with geodesy-reference.txt, made once by GeodSolve, Planimeter, GeoConvert and proj. */
class GeodesyReferenceTest {
    private static final GeometryFactory F = new GeometryFactory();

    static List<String[]> lines(String kind) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GeodesyReferenceTest.class.getResourceAsStream("geodesy-reference.txt"), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> l.startsWith(kind + " ")).map(l -> l.trim().split("\\s+"))
                    .collect(Collectors.toList());
        }
    }

    static double d(String s) {
        return Double.parseDouble(s);
    }

    @Test
    void inverseAgreesWithGeodSolveToMillimetreAndMicrodegree() throws IOException {
        List<String[]> rows = lines("inverse");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        for (String[] f : rows) {
            GeodesicInverse g = Geodesy.inverse(new GeoPoint(d(f[1]), d(f[2])), new GeoPoint(d(f[3]), d(f[4])));
            assertThat(g.azimuth1()).isCloseTo(d(f[5]), within(1e-6));
            assertThat(g.azimuth2()).isCloseTo(d(f[6]), within(1e-6));
            assertThat(g.distance().metres()).isCloseTo(d(f[7]), within(0.001));
        }
    }

    @Test
    void directAgreesWithGeodSolveToMillimetre() throws IOException {
        List<String[]> rows = lines("direct");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        for (String[] f : rows) {
            GeoPoint to = Geodesy.direct(new GeoPoint(d(f[1]), d(f[2])), d(f[3]), new Distance(d(f[4])));
            GeoPoint expected = new GeoPoint(d(f[5]), d(f[6]));
            assertThat(Geodesy.inverse(to, expected).distance().metres()).isLessThanOrEqualTo(0.001);
            assertThat(to.lat()).isCloseTo(expected.lat(), within(1e-6));
            assertThat(to.lon()).isCloseTo(expected.lon(), within(1e-6));
        }
    }

    static Polygon polygon(String[] f) {
        int n = Integer.parseInt(f[2]);
        Coordinate[] c = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            c[i] = new Coordinate(d(f[6 + 2 * i]), d(f[5 + 2 * i]));
        }
        c[n] = c[0].copy();
        return F.createPolygon(c);
    }

    /** Planimeter prints the area to 1e-5 m²; the tolerance is 1e-9 relative or that rounding if larger. */
    static double areaTolerance(double area) {
        return Math.max(1e-9 * Math.abs(area), 0.5e-5 + 1e-12 * Math.abs(area));
    }

    @Test
    void areaAndPerimeterAgreeWithPlanimeter() throws IOException {
        List<String[]> rows = lines("polygon");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        for (String[] f : rows) {
            GeodesicArea a = new GeodesicArea(polygon(f));
            double area = Math.abs(d(f[4]));
            assertThat(a.area()).as(f[1]).isCloseTo(area, within(areaTolerance(area)));
            assertThat(a.perimeter()).as(f[1]).isCloseTo(d(f[3]), within(1e-9 * d(f[3]) + 0.5e-10));
        }
    }

    @Test
    void holesAreSubtractedFromTheArea() throws IOException {
        List<String[]> rows = lines("polygon");
        String[] outer = rows.stream().filter(f -> f[1].equals("field-ccw")).findFirst().orElseThrow();
        String[] hole = rows.stream().filter(f -> f[1].equals("field-hole")).findFirst().orElseThrow();
        Polygon o = polygon(outer);
        Polygon h = polygon(hole);
        Polygon withHole = F.createPolygon(o.getExteriorRing(), new LinearRing[] {h.getExteriorRing()});
        GeodesicArea a = new GeodesicArea(withHole);
        double expected = d(outer[4]) - d(hole[4]);
        assertThat(a.area()).isCloseTo(expected, within(2 * areaTolerance(expected)));
        assertThat(a.exteriorPerimeter()).isCloseTo(d(outer[3]), within(1e-9));
        assertThat(a.perimeter()).isCloseTo(d(outer[3]) + d(hole[3]), within(1e-9));
    }

    @Test
    void convergenceAgreesWithGeoConvertAndProj() throws IOException {
        List<String[]> rows = lines("conv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        for (String[] f : rows) {
            Grid grid = Grid.of(f[1]);
            double gamma = new GridConvergence(grid).degreesAt(new GeoPoint(d(f[2]), d(f[3])));
            // proj -V prints 8 decimals; GeoConvert more
            assertThat(gamma).as(f[1]).isCloseTo(d(f[4]), within(1e-6));
        }
    }

    @Test
    void gridTraverseFollowsGeoConvertConvergenceAndGeodSolve() throws IOException {
        String[] f = lines("traverse").get(0);
        String line = String.join(" ", f);
        String[] parts = line.split("\\|");
        String[] head = parts[0].trim().split("\\s+");
        GeoPoint start = new GeoPoint(d(head[3]), d(head[4]));
        List<TraverseLeg> legs = new ArrayList<>();
        for (int i = 1; i < parts.length - 1; i++) {
            String[] leg = parts[i].trim().split("\\s+");
            legs.add(new TraverseLeg(Bearing.degrees(d(leg[0]), NorthReference.GRID), new Distance(d(leg[1]))));
        }
        String[] tp = parts[parts.length - 1].replace("TP", "").trim().split("\\s+");
        Traverse t = new Traverse(start, null, legs, new NorthConversion(new UtmZone(Integer.parseInt(head[2])), null));
        for (int i = 0; i < 3; i++) {
            GeoPoint expected = new GeoPoint(d(tp[2 * i]), d(tp[2 * i + 1]));
            assertThat(Geodesy.inverse(t.turningPoints().get(i + 1), expected).distance().metres()).isLessThan(0.001);
        }
        GeoPoint closing = new GeoPoint(d(tp[6]), d(tp[7]));
        assertThat(Geodesy.inverse(t.closingPoint(), closing).distance().metres()).isLessThan(0.001);
    }
}
