package org.mineledger.plan.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

class WalkthroughCheckTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final Instant T = Instant.parse("2025-03-01T08:00:00Z");
    private static final HazardReference HA1 = new HazardReference("HA-0001");
    private static final HazardReference HA2 = new HazardReference("HA-0002");
    // Corners of a field-sized quadrilateral on the training map, counter-clockwise (lon, lat).
    private static final double[][] CORNERS = {{27.100, 58.000}, {27.102, 58.000}, {27.102, 58.001}, {27.100, 58.001}};

    private static Polygon polygon(double[][] corners) {
        Coordinate[] c = new Coordinate[corners.length + 1];
        for (int i = 0; i < corners.length; i++) {
            c[i] = new Coordinate(corners[i][0], corners[i][1]);
        }
        c[corners.length] = c[0];
        return GF.createPolygon(c);
    }

    private static HazardArea area(HazardReference ref, HazardKind kind, HazardStatus status, double[][] corners) {
        return HazardArea.draft(ref, "Test field", kind, status, polygon(corners), "", T);
    }

    /** A point {@code metres} from (lat, lon) on true azimuth {@code azimuth}, by GeographicLib directly. */
    private static GeoPoint moved(double lat, double lon, double azimuth, double metres) {
        GeodesicData d = Geodesic.WGS84.Direct(lat, lon, azimuth, metres);
        return new GeoPoint(d.lat2, d.lon2);
    }

    private static double planimeterArea(double[][] corners) {
        PolygonArea p = new PolygonArea(Geodesic.WGS84, false);
        for (double[] c : corners) {
            p.AddPoint(c[1], c[0]);
        }
        return Math.abs(p.Compute().area);
    }

    @Test
    void cornerWithinToleranceOfTheExpectedPositionPasses() {
        GeoPoint expected = moved(58.001, 27.102, 45, 1.5);
        var check = new VertexNearCheck(HA1, "TP3", expected, "", "1,240 mils, 85 m from TP2", new Distance(2), "");

        CheckResult r = check.evaluate(List.of(area(HA1, HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE, CORNERS)));

        assertThat(r.passed()).isTrue();
        assertThat(r.message()).contains("TP3 of HA-0001 is 1.5 m", "corner 3");
    }

    @Test
    void misplacedCornerSaysHowFarOffItIsAndWhatToCheck() {
        GeoPoint expected = moved(58.001, 27.102, 120, 14.2);
        var check = new VertexNearCheck(HA1, "TP3", expected, "35VNE0951828275", "1,240 mils, 85 m from TP2",
                new Distance(2), "check the bearing unit (mils vs degrees)");

        CheckResult r = check.evaluate(List.of(area(HA1, HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE, CORNERS)));

        assertThat(r.passed()).isFalse();
        assertThat(r.message()).isEqualTo("TP3 of HA-0001 is 14.2 m from where it should be (35VNE0951828275: "
                + "1,240 mils, 85 m from TP2); the nearest corner is corner 3 and the tolerance is 2.0 m. "
                + "Check the bearing unit (mils vs degrees).");
    }

    @Test
    void checksOnAnAreaThatDoesNotExistSayWhichReferenceToCreate() {
        List<HazardArea> none = List.of(area(HA2, HazardKind.SUSPECTED, HazardStatus.ACTIVE, CORNERS));
        List<StepCheck> checks = List.of(new HazardExistsCheck(HA1), FieldCheck.kind(HA1, HazardKind.CONFIRMED, ""),
                FieldCheck.status(HA1, HazardStatus.ACTIVE, ""), new VertexCountCheck(HA1, 4, 4, ""),
                new AreaCheck(HA1, 100, 2, ""),
                new VertexNearCheck(HA1, "TP1", new GeoPoint(58, 27.1), "", "", new Distance(1), ""));

        assertThat(checks).allSatisfy(c -> {
            CheckResult r = c.evaluate(none);
            assertThat(r.passed()).isFalse();
            assertThat(r.message()).startsWith("There is no hazard area HA-0001 in the workspace yet.");
        });
    }

    @Test
    void kindAndStatusChecksNameWhatIsAndWhatShouldBe() {
        List<HazardArea> ws = List.of(area(HA1, HazardKind.SUSPECTED, HazardStatus.CANCELLED, CORNERS));

        assertThat(FieldCheck.kind(HA1, HazardKind.CONFIRMED, "direct evidence makes it confirmed").evaluate(ws))
                .isEqualTo(new CheckResult(false, "HA-0001 is a suspected hazard area (SHA) but should be a confirmed "
                        + "hazard area (CHA). Direct evidence makes it confirmed."));
        assertThat(FieldCheck.status(HA1, HazardStatus.REDUCED, "").evaluate(ws))
                .isEqualTo(new CheckResult(false, "HA-0001 is cancelled but should be reduced."));
        assertThat(FieldCheck.kind(HA1, HazardKind.SUSPECTED, "").evaluate(ws).passed()).isTrue();
        assertThat(FieldCheck.status(HA1, HazardStatus.CANCELLED, "").evaluate(ws).passed()).isTrue();
    }

    @Test
    void areaCheckUsesTheGeodesicAreaAndItsTolerance() {
        double truth = planimeterArea(CORNERS);
        List<HazardArea> ws = List.of(area(HA1, HazardKind.CONFIRMED, HazardStatus.ACTIVE, CORNERS));

        assertThat(new AreaCheck(HA1, truth * 1.019, 2, "").evaluate(ws).passed()).isTrue();
        assertThat(new AreaCheck(HA1, truth * 0.981, 2, "").evaluate(ws).passed()).isTrue();
        CheckResult tooSmall = new AreaCheck(HA1, truth * 1.03, 2, "check the order of the corners").evaluate(ws);
        assertThat(tooSmall.passed()).isFalse();
        assertThat(tooSmall.message()).contains("it is 2.9 % too small", "Check the order of the corners.");
    }

    @Test
    void vertexCountAndCountChecks() {
        double[][] five = {{27.100, 58.000}, {27.102, 58.000}, {27.103, 58.0005}, {27.102, 58.001}, {27.100, 58.001}};
        List<HazardArea> ws = List.of(area(HA1, HazardKind.CONFIRMED, HazardStatus.ACTIVE, five),
                area(HA2, HazardKind.SUSPECTED, HazardStatus.ACTIVE, CORNERS));

        assertThat(new VertexCountCheck(HA1, 5, 5, "").evaluate(ws).passed()).isTrue();
        assertThat(new VertexCountCheck(HA2, 5, 6, "").evaluate(ws).message())
                .isEqualTo("HA-0002 has 4 corners but should have 5 to 6.");
        assertThat(new CountCheck(null, HazardStatus.ACTIVE, 2, "").evaluate(ws).passed()).isTrue();
        assertThat(new CountCheck(HazardKind.SUSPECTED, HazardStatus.ACTIVE, 0, "").evaluate(ws).message())
                .isEqualTo("There is 1 active SHA (HA-0002) but there should be 0.");
    }

    @Test
    void walkthroughCheckReportsEachStepAndWhereTheStudentIs() {
        Walkthrough w = new Walkthrough("test", "Test", "TRAINING — FICTIONAL DATA", List.of(
                new WalkthroughStep("one", "One", "Do one.", "One.", List.of(new HazardExistsCheck(HA1))),
                new WalkthroughStep("two", "Two", "Do two.", "Two.",
                        List.of(FieldCheck.status(HA1, HazardStatus.REDUCED, ""), new HazardExistsCheck(HA2))),
                new WalkthroughStep("three", "Three", "Do three.", "Three.", List.of(new CountCheck(null, null, 1, "")))));

        WalkthroughCheck c = new WalkthroughCheck(w,
                List.of(area(HA1, HazardKind.SUSPECTED, HazardStatus.ACTIVE, CORNERS)));

        assertThat(c.outcomes()).extracting(StepOutcome::passed).containsExactly(true, false, true);
        assertThat(c.firstFailing().orElseThrow().step().id()).isEqualTo("two");
        assertThat(c.firstFailing().orElseThrow().failures()).containsExactly(
                "HA-0001 is active but should be reduced.", "There is no hazard area HA-0002 in the workspace yet. "
                        + "Create it with exactly this reference, or check the reference for a typing error.");
        assertThat(c.passedCount()).isEqualTo(2);
        assertThat(c.allPassed()).isFalse();
    }

    @Test
    void rejectsStepsWithoutChecksAndDuplicateStepIds() {
        assertThatThrownBy(() -> new WalkthroughStep("a", "A", "i", "t", List.of()))
                .hasMessageContaining("'a' has no check");
        WalkthroughStep a = new WalkthroughStep("a", "A", "i", "t", List.of(new HazardExistsCheck(HA1)));
        assertThatThrownBy(() -> new Walkthrough("s", "S", "B", List.of(a, a))).hasMessageContaining("two steps called 'a'");
    }
}
