package org.mineledger.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraverseTest {
    private static final GeoPoint RP = new GeoPoint(60.5, 27.5);

    private static List<TraverseLeg> square(AngleUnit unit, NorthReference north, double side) {
        double q = unit.fullCircle() / 4;
        return List.of(leg(0, unit, north, side), leg(q, unit, north, side), leg(2 * q, unit, north, side),
                leg(3 * q, unit, north, side));
    }

    private static TraverseLeg leg(double value, AngleUnit unit, NorthReference north, double metres) {
        return new TraverseLeg(new Bearing(value, unit, north), new Distance(metres));
    }

    @Test
    void gridSquareTraverseClosesWithinAMillimetre() {
        Traverse t = new Traverse(RP, null, square(AngleUnit.DEGREES, NorthReference.GRID, 100),
                new NorthConversion(new UtmZone(35), null));
        assertThat(t.turningPoints()).hasSize(4);
        assertThat(t.closure().gap().metres()).isLessThan(0.001);
        assertThat(t.closure().traversedLength().metres()).isEqualTo(400);
        assertThat(t.closure().ratio()).isGreaterThan(400_000);
        // Distances are taped on the ground, so the area is 100 m x 100 m on the ground
        assertThat(t.area().area()).isCloseTo(10_000, within(0.01));
        assertThat(t.exceedsTolerance(new Distance(0.01))).isFalse();
    }

    @Test
    void trueSquareTraverseLeavesTheGapGeodSolveFinds() {
        // Meridians converge, so four geodesic legs on true bearings 0, 90, 180, 270 do not close. GeodSolve:
        // chaining "lat lon az 100" | GeodSolve -p 9 from 60.5 27.5, then GeodSolve -i back to it: 0.003909208 m.
        Traverse t = new Traverse(RP, null, square(AngleUnit.DEGREES, NorthReference.TRUE, 100), NorthConversion.TRUE_ONLY);
        assertThat(t.closure().gap().metres()).isCloseTo(0.003909208, within(1e-6));
        assertThat(t.exceedsTolerance(new Distance(0.01))).isFalse();
        assertThat(t.exceedsTolerance(new Distance(0.001))).isTrue();
    }

    @Test
    void milsAndDegreesGiveTheSameTurningPoints() {
        Traverse deg = new Traverse(RP, null, List.of(leg(30, AngleUnit.DEGREES, NorthReference.TRUE, 120),
                leg(150, AngleUnit.DEGREES, NorthReference.TRUE, 120), leg(270, AngleUnit.DEGREES, NorthReference.TRUE, 120)),
                NorthConversion.TRUE_ONLY);
        // 30° = 533.333... mil; 150° = 2666.666... mil; 270° = 4800 mil (6400 mil to a circle)
        Traverse mil = new Traverse(RP, null, List.of(leg(6400.0 / 12, AngleUnit.MILS_NATO, NorthReference.TRUE, 120),
                leg(6400.0 * 5 / 12, AngleUnit.MILS_NATO, NorthReference.TRUE, 120),
                leg(4800, AngleUnit.MILS_NATO, NorthReference.TRUE, 120)), NorthConversion.TRUE_ONLY);
        for (int i = 0; i < 3; i++) {
            assertThat(Geodesy.inverse(deg.turningPoints().get(i), mil.turningPoints().get(i)).distance().metres())
                    .isLessThan(1e-6);
        }
    }

    @Test
    void gridBearingsDifferFromTrueByTheConvergence() {
        UtmZone zone = new UtmZone(35);
        double gamma = zone.convergence(RP); // 60.5 N 27.5 E lies east of 27 E, so gamma > 0
        assertThat(gamma).isGreaterThan(0.4);
        Traverse grid = new Traverse(RP, null, square(AngleUnit.DEGREES, NorthReference.GRID, 100),
                new NorthConversion(zone, null));
        GeodesicInverse firstLeg = Geodesy.inverse(grid.turningPoints().get(0), grid.turningPoints().get(1));
        assertThat(firstLeg.azimuth1()).isCloseTo(gamma, within(1e-9));
        double[] a = zone.project(grid.turningPoints().get(0));
        double[] b = zone.project(grid.turningPoints().get(1));
        // On the grid the first leg runs due grid north: easting unchanged to well under a millimetre
        assertThat(b[0] - a[0]).isCloseTo(0, within(0.0005));
    }

    @Test
    void magneticBearingsUseTheDeclination() {
        Declination decl = new Declination(10.5, LocalDate.of(2025, 6, 1));
        Traverse mag = new Traverse(RP, null, square(AngleUnit.DEGREES, NorthReference.MAGNETIC, 50),
                new NorthConversion(null, decl));
        assertThat(Geodesy.inverse(mag.turningPoints().get(0), mag.turningPoints().get(1)).azimuth1())
                .isCloseTo(10.5, within(1e-9));
    }

    @Test
    void landmarkAndTieLegPlaceTheFirstTurningPoint() {
        GeoPoint lm = new GeoPoint(60.49, 27.49);
        GeoPoint rp = Traverse.referenceFromLandmark(lm, leg(45, AngleUnit.DEGREES, NorthReference.TRUE, 500),
                NorthConversion.TRUE_ONLY);
        assertThat(Geodesy.inverse(lm, rp).distance().metres()).isCloseTo(500, within(1e-6));
        Traverse t = new Traverse(rp, leg(90, AngleUnit.DEGREES, NorthReference.TRUE, 25),
                square(AngleUnit.DEGREES, NorthReference.TRUE, 100), NorthConversion.TRUE_ONLY);
        assertThat(Geodesy.inverse(rp, t.turningPoints().get(0)).distance().metres()).isCloseTo(25, within(1e-6));
        assertThat(t.closure().traversedLength().metres()).isEqualTo(400);
    }

    @Test
    void reportsAnOpenTraverseAsExceedingTolerance() {
        Traverse t = new Traverse(RP, null, List.of(leg(0, AngleUnit.DEGREES, NorthReference.TRUE, 100),
                leg(90, AngleUnit.DEGREES, NorthReference.TRUE, 100), leg(180, AngleUnit.DEGREES, NorthReference.TRUE, 100),
                leg(270, AngleUnit.DEGREES, NorthReference.TRUE, 99)), NorthConversion.TRUE_ONLY);
        assertThat(t.closure().gap().metres()).isCloseTo(1.0, within(0.005));
        // the 1 m short leg plus the 3.9 mm the true square leaves anyway (see above)
        assertThat(t.closure().bearing().degrees()).isCloseTo(270, within(0.3));
        assertThat(t.closure().ratio()).isCloseTo(399 / t.closure().gap().metres(), within(1e-9));
        assertThat(t.exceedsTolerance(new Distance(0.5))).isTrue();
        assertThat(t.closure().toString()).isEqualTo("1.003 m at 270.2° true, 1:397");
    }

    @Test
    void badLegNamesItsNumber() {
        List<TraverseLeg> legs = List.of(leg(0, AngleUnit.DEGREES, NorthReference.TRUE, 100),
                leg(90, AngleUnit.DEGREES, NorthReference.MAGNETIC, 100), leg(180, AngleUnit.DEGREES, NorthReference.TRUE, 100));
        assertThatThrownBy(() -> new Traverse(RP, null, legs, NorthConversion.TRUE_ONLY))
                .isInstanceOf(TraverseException.class)
                .hasMessageStartingWith("Leg 2: Bearing 90° magnetic is magnetic but no declination was entered")
                .extracting(e -> ((TraverseException) e).leg()).isEqualTo(2);
        List<TraverseLeg> zero = List.of(leg(0, AngleUnit.DEGREES, NorthReference.TRUE, 100),
                leg(90, AngleUnit.DEGREES, NorthReference.TRUE, 100), leg(180, AngleUnit.DEGREES, NorthReference.TRUE, 0));
        assertThatThrownBy(() -> new Traverse(RP, null, zero, NorthConversion.TRUE_ONLY))
                .hasMessageStartingWith("Leg 3 has distance 0.000 m");
    }

    @Test
    void bearingOutsideTheCircleIsRefused() {
        assertThatThrownBy(() -> Bearing.mils(6400, NorthReference.GRID))
                .hasMessage("Bearing 6400 mil is out of range: it must be at least 0 and less than 6400 mil.");
        assertThatThrownBy(() -> Bearing.degrees(-1, NorthReference.TRUE))
                .hasMessage("Bearing -1° is out of range: it must be at least 0 and less than 360°.");
    }
}
