package org.mineledger.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every conversion with reference-points.csv, made once by GeoConvert (GeographicLib 2.1.2) and
 * cs2cs (PROJ 9.1.1) with make-reference-points.sh next to it.
 */
class ReferencePointsTest {
    private static final double MM = 0.001;
    /** Half the diagonal of a 1 m MGRS square (0.7071 m), over the smallest UTM scale factor 0.9996. */
    private static final double HALF_DIAGONAL = Math.sqrt(0.5) / 0.9996;
    private static final int[] EPSG = {3067, 2180, 3346, 3059, 3301};

    record Row(int line, GeoPoint p, String utm, double conv, String mgrs1m, String mgrs1cm, String[] grid) {
        @Override
        public String toString() {
            return "line " + line + " (" + p.lat() + ", " + p.lon() + ")";
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ReferencePointsTest.class.getResourceAsStream("reference-points.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split(",", -1);
                String[] grid = new String[10];
                System.arraycopy(f, 6, grid, 0, 10);
                rows.add(new Row(n, new GeoPoint(Double.parseDouble(f[0]), Double.parseDouble(f[1])), f[2],
                        Double.parseDouble(f[3]), f[4], f[5], grid));
            }
        }
        return rows;
    }

    static Stream<Row> points() throws IOException {
        return rows().stream();
    }

    static double metresBetween(GeoPoint a, GeoPoint b) {
        return Geodesic.WGS84.Inverse(a.lat(), a.lon(), b.lat(), b.lon()).s12;
    }

    private static boolean sameZoneAndBand(GeoPoint a, GeoPoint b) {
        return Utm.standardZone(a) == Utm.standardZone(b) && Utm.bandLetter(a.lat()) == Utm.bandLetter(b.lat());
    }

    @Test
    void tableHasSeveralHundredPointsInEveryGrid() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(700);
        for (int i = 0; i < EPSG.length; i++) {
            int col = 2 * i;
            assertThat(rows.stream().filter(r -> !r.grid()[col].isEmpty()).count()).as("EPSG:" + EPSG[i])
                    .isGreaterThan(60);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("points")
    void utmAgreesWithGeoConvertWithinOneMillimetreBothWays(Row row) {
        String[] f = row.utm().split(" ");
        int zone = Integer.parseInt(f[0].substring(0, f[0].length() - 1));
        boolean north = f[0].endsWith("n");
        double e = Double.parseDouble(f[1]);
        double n = Double.parseDouble(f[2]);
        UtmPosition u = Utm.forward(row.p());
        assertThat(u.zone()).isEqualTo(zone);
        assertThat(u.north()).isEqualTo(north);
        assertThat(Math.abs(u.easting() - e)).as("easting").isLessThanOrEqualTo(MM);
        assertThat(Math.abs(u.northing() - n)).as("northing").isLessThanOrEqualTo(MM);
        GeoPoint back = Utm.inverse(new UtmPosition(zone, north, e, n));
        assertThat(metresBetween(back, row.p())).isLessThanOrEqualTo(MM);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("points")
    void utmConvergenceAgreesWithGeoConvert(Row row) {
        UtmZone zone = new UtmZone(Utm.standardZone(row.p()));
        assertThat(zone.convergence(row.p())).isCloseTo(row.conv(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("points")
    void mgrsMatchesGeoConvertExactlyAtOneMetreAndOneCentimetre(Row row) {
        assertThat(Mgrs.format(row.p(), 5)).isEqualTo(row.mgrs1m());
        assertThat(Mgrs.format(row.p(), 7)).isEqualTo(row.mgrs1cm());
        assertThat(CoordinateSystem.MGRS.format(row.p(), Precision.METRE)).isEqualTo(row.mgrs1m());
        assertThat(CoordinateSystem.MGRS.format(row.p(), Precision.CENTIMETRE)).isEqualTo(row.mgrs1cm());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("points")
    void mgrsReadBackLandsInItsSquare(Row row) {
        // The centre of a 1 m square is at most 0.7071 grid metres from any point in it, of a 1 cm square
        // 7.071 mm; on the ground that is divided by the UTM scale factor (0.9996 to 1.001 in a zone).
        assertThat(metresBetween(Mgrs.parse(row.mgrs1m()), row.p())).isLessThanOrEqualTo(HALF_DIAGONAL);
        assertThat(metresBetween(Mgrs.parse(row.mgrs1cm()), row.p())).isLessThanOrEqualTo(HALF_DIAGONAL / 100);
        String spaced = row.mgrs1m().substring(0, 3) + " " + row.mgrs1m().substring(3, 5) + " "
                + row.mgrs1m().substring(5, 10) + " " + row.mgrs1m().substring(10);
        assertThat(Mgrs.parse(spaced.toLowerCase(Locale.ROOT))).isEqualTo(Mgrs.parse(row.mgrs1m()));
        // On a zone or band edge the centre of the square may fall over the edge; then only the distance counts.
        GeoPoint centre = Mgrs.parse(row.mgrs1cm());
        if (sameZoneAndBand(centre, row.p())) {
            assertThat(Mgrs.format(centre, 7)).isEqualTo(row.mgrs1cm());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("points")
    void nationalGridsAgreeWithCs2csWithinOneMillimetreBothWays(Row row) {
        for (int i = 0; i < EPSG.length; i++) {
            NationalGrid grid = NationalGrid.of("EPSG:" + EPSG[i]);
            String es = row.grid()[2 * i];
            if (es.isEmpty()) {
                assertThat(grid.covers(row.p())).as(grid.id()).isFalse();
                continue;
            }
            double e = Double.parseDouble(es);
            double n = Double.parseDouble(row.grid()[2 * i + 1]);
            double[] en = grid.project(row.p());
            assertThat(Math.abs(en[0] - e)).as(grid.id() + " easting").isLessThanOrEqualTo(MM);
            assertThat(Math.abs(en[1] - n)).as(grid.id() + " northing").isLessThanOrEqualTo(MM);
            assertThat(metresBetween(grid.unproject(e, n), row.p())).as(grid.id() + " inverse").isLessThanOrEqualTo(MM);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("points")
    void everySystemRoundTripsAtItsPrintedPrecision(Row row) {
        List<CoordinateSystem> systems = new ArrayList<>(List.of(CoordinateSystem.LATLON, CoordinateSystem.DMS,
                CoordinateSystem.UTM, CoordinateSystem.MGRS));
        for (NationalGrid g : NationalGrid.values()) {
            if (g.covers(row.p())) {
                systems.add(new NationalGridSystem(g));
            }
        }
        for (CoordinateSystem s : systems) {
            for (Precision precision : Precision.values()) {
                String text = s.format(row.p(), precision);
                GeoPoint back = new CoordinateParser().parse(text);
                double limit = s == CoordinateSystem.MGRS ? precision.metres() * HALF_DIAGONAL : precision.metres();
                assertThat(metresBetween(back, row.p())).as(s.id() + " " + text).isLessThanOrEqualTo(limit);
                if (sameZoneAndBand(back, row.p())) {
                    assertThat(s.format(back, precision)).as(s.id() + " reformatted").isEqualTo(text);
                }
            }
        }
    }
}
