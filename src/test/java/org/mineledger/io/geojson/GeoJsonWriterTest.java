package org.mineledger.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

class GeoJsonWriterTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final Instant T = Instant.parse("2025-03-03T08:00:00Z");

    @TempDir
    Path dir;

    private static Polygon polygon(double... lonLat) {
        Coordinate[] c = new Coordinate[lonLat.length / 2 + 1];
        for (int i = 0; i < lonLat.length / 2; i++) {
            c[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        c[c.length - 1] = c[0];
        return GF.createPolygon(c);
    }

    /** A wobbly convex ring whose coordinates use all 17 significant digits a double can carry. */
    private static Polygon awkwardPolygon(long seed) {
        Random rnd = new Random(seed);
        double[] lonLat = new double[16];
        for (int i = 0; i < 8; i++) {
            double a = 2 * Math.PI * i / 8;
            lonLat[2 * i] = 27.123456789012345 + 0.001 * Math.cos(a) + rnd.nextDouble() * 1e-9;
            lonLat[2 * i + 1] = 57.98765432109876 + 0.0006 * Math.sin(a) + rnd.nextDouble() * 1e-9;
        }
        return polygon(lonLat);
    }

    @Test
    void roundTripKeepsEveryCoordinateExactlyAndAllProperties() {
        List<HazardArea> areas = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            areas.add(HazardArea.draft(HazardReference.numbered(n), "Area \"" + n + "\" — Ä", HazardKind.values()[n % 3],
                    HazardStatus.values()[n % 5], awkwardPolygon(n), "line one\nline two", T));
        }
        Path file = dir.resolve("export.geojson");

        new GeoJsonWriter().write(areas, file);
        List<HazardArea> back = new HazardAreaReader().read(file, T);

        assertThat(back).hasSize(5);
        for (int i = 0; i < areas.size(); i++) {
            assertThat(back.get(i).polygon().getCoordinates()).containsExactly(areas.get(i).polygon().getCoordinates());
            assertThat(back.get(i)).isEqualTo(areas.get(i));
        }
    }

    @Test
    void writesExteriorRingCounterClockwiseAndHolesClockwise() {
        Polygon clockwiseWithHole = GF.createPolygon(
                GF.createLinearRing(new Coordinate[] {new Coordinate(27.0, 58.0), new Coordinate(27.0, 58.01),
                    new Coordinate(27.01, 58.01), new Coordinate(27.01, 58.0), new Coordinate(27.0, 58.0)}),
                new org.locationtech.jts.geom.LinearRing[] {GF.createLinearRing(new Coordinate[] {
                    new Coordinate(27.002, 58.002), new Coordinate(27.008, 58.002), new Coordinate(27.008, 58.008),
                    new Coordinate(27.002, 58.008), new Coordinate(27.002, 58.002)})});
        assertThat(Orientation.isCCW(clockwiseWithHole.getExteriorRing().getCoordinates())).isFalse();
        Path file = dir.resolve("ccw.geojson");

        new GeoJsonWriter().write(List.of(HazardArea.draft(HazardReference.numbered(1), "Wood", HazardKind.SUSPECTED,
                HazardStatus.ACTIVE, clockwiseWithHole, "", T)), file);
        Polygon written = (Polygon) new GeoJsonReader().read(file).get(0).geometry();

        assertThat(Orientation.isCCW(written.getExteriorRing().getCoordinates())).isTrue();
        assertThat(Orientation.isCCW(written.getInteriorRingN(0).getCoordinates())).isFalse();
        assertThat(written.equalsTopo(clockwiseWithHole)).isTrue();
    }

    @Test
    void writesSampleStylePropertiesAndTrainingBanner() throws IOException {
        Path file = dir.resolve("training.geojson");
        HazardArea area = HazardArea.draft(HazardReference.numbered(12), "Meadow", HazardKind.LAID_MINEFIELD,
                HazardStatus.HANDED_OVER, awkwardPolygon(1), "note", T);

        new GeoJsonWriter("TRAINING — FICTIONAL DATA").write(List.of(area), file);
        GeoJsonFeature f = new GeoJsonReader().read(file).get(0);

        assertThat(f.id()).isEqualTo("HA-0012");
        assertThat(f.properties()).containsEntry("reference", "HA-0012").containsEntry("kind", "LMF")
                .containsEntry("status", "handed over").containsEntry("name", "Meadow").containsEntry("notes", "note")
                .containsEntry("banner", "TRAINING — FICTIONAL DATA");
        assertThat(Files.readString(file)).contains("\"training\" : true");
    }
}
