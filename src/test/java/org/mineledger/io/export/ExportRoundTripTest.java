package org.mineledger.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.io.importer.ImportCandidate;
import org.mineledger.io.importer.ImportOptions;
import org.mineledger.io.importer.ImportPreview;
import org.mineledger.io.importer.SourceFeature;
import org.mineledger.io.importer.SourceFormat;
import org.mineledger.io.importer.SourceLayer;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/** Every export reads back with MineLedger's own readers, and opens in ogrinfo with the right count and fields. */
class ExportRoundTripTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final List<HazardArea> AREAS = List.of(
            area(1, HazardKind.CONFIRMED, HazardStatus.ACTIVE, "Training field north"),
            area(2, HazardKind.SUSPECTED, HazardStatus.REDUCED, "Хутір — training"),
            area(3, HazardKind.LAID_MINEFIELD, HazardStatus.CLEARED, "Training minefield 7"));

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"GPKG", "GEOJSON", "KML", "SHAPEFILE", "CSV"})
    void exportReadsBackWithTheSameAreas(ExportFormat format, @TempDir Path dir) {
        Path out = dir.resolve("export." + format.extension());
        format.write(AREAS, out, "TRAINING — FICTIONAL DATA", "");

        SourceLayer layer = SourceFormat.of(out).read(out, ImportOptions.defaults());
        ImportPreview p = ImportPreview.of(layer, ImportOptions.defaults(), Set.of(), 1, Instant.EPOCH);

        assertThat(p.withProblems()).isEmpty();
        List<HazardArea> back = p.ready().stream().map(ImportCandidate::draft).toList();
        assertThat(back).hasSize(3);
        for (int i = 0; i < 3; i++) {
            HazardArea a = AREAS.get(i);
            HazardArea b = back.get(i);
            assertThat(b.kind()).isEqualTo(a.kind());
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.reference()).isEqualTo(a.reference());
            assertThat(b.polygon().getNumInteriorRing()).isEqualTo(1);
            assertThat(b.polygon().equalsExact(a.polygon(), 0) || b.polygon().equalsTopo(a.polygon()))
                    .as("boundary of %s read back exactly", a.reference()).isTrue();
        }
        assertThat(back.get(1).name()).contains("Хутір — training");
    }

    @Test
    void gpxWritesEveryHoleAsATrackOfItsOwnWithItsTurningPoints(@TempDir Path dir) {
        Path out = dir.resolve("export.gpx");
        ExportFormat.GPX.write(AREAS, out, "TRAINING — FICTIONAL DATA", "");

        List<SourceFeature> features = SourceFormat.of(out).read(out, ImportOptions.defaults()).features();
        List<SourceFeature> tracks = features.stream().filter(f -> f.geometry() instanceof LineString).toList();
        assertThat(tracks).hasSize(2 * AREAS.size());
        for (int i = 0; i < AREAS.size(); i++) {
            Polygon p = AREAS.get(i).polygon();
            assertThat(tracks.get(2 * i).geometry().getCoordinates()).isEqualTo(p.getExteriorRing().getCoordinates());
            assertThat(tracks.get(2 * i + 1).geometry().getCoordinates())
                    .isEqualTo(p.getInteriorRingN(0).getCoordinates());
            assertThat(tracks.get(2 * i + 1).text("name")).endsWith(" hole 1");
        }
        List<String> waypoints = features.stream().filter(f -> f.geometry() instanceof Point).map(SourceFeature::id)
                .toList();
        int corners = AREAS.stream().mapToInt(a -> a.polygon().getNumPoints() - 1 - a.polygon().getNumInteriorRing())
                .sum();
        assertThat(waypoints).hasSize(corners).contains("HA-0001 TP1", "HA-0001 H1 TP1", "HA-0003 H1 TP1");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportOpensInOgrinfoWithTheRightCountAndFields(ExportFormat format, @TempDir Path dir) throws Exception {
        assumeTrue(ogrinfoPresent(), "ogrinfo (GDAL) is not installed here");
        Path out = dir.resolve("export." + format.extension());
        format.write(AREAS, out, "TRAINING — FICTIONAL DATA", "");

        String info = ogrinfo(out, format == ExportFormat.GPX ? "tracks" : null);

        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(info);
        assertThat(m.find()).as(info).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as("GPX: a track per boundary and per hole")
                .isEqualTo(format == ExportFormat.GPX ? 6 : 3);
        switch (format) {
            case GPX -> assertThat(info).contains("name: String");
            case SHAPEFILE -> assertThat(info).contains("REFERENCE: String", "NAME: String", "KIND: String",
                    "STATUS: String", "GEOGCRS[\"WGS 84\"");
            case KML -> assertThat(info).contains("Name: String", "reference: String", "kind: String");
            default -> assertThat(info).contains("reference: String", "name: String", "kind: String",
                    "status: String");
        }
        if (format == ExportFormat.GPX) {
            int corners = AREAS.stream().mapToInt(a -> a.polygon().getNumPoints() - 1
                    - a.polygon().getNumInteriorRing()).sum();
            assertThat(ogrinfo(out, "waypoints")).as("a waypoint per corner, of holes too")
                    .contains("Feature Count: " + corners);
        }
    }

    private static boolean ogrinfoPresent() {
        try {
            return new ProcessBuilder("ogrinfo", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String ogrinfo(Path file, String layer) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("ogrinfo", "-so", "-ro"));
        if (layer == null) {
            cmd.add("-al");
        }
        cmd.add(file.toString());
        if (layer != null) {
            cmd.add(layer);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    private static HazardArea area(int n, HazardKind kind, HazardStatus status, String name) {
        double lon = 30.5 + n * 0.03;
        double lat = 50.4 + n * 0.001;
        double s = 0.0123456789012345;
        LinearRing shell = GF.createLinearRing(new Coordinate[] {new Coordinate(lon, lat),
            new Coordinate(lon + s, lat), new Coordinate(lon + s, lat + s), new Coordinate(lon, lat + s),
            new Coordinate(lon, lat)});
        double h = s / 4;
        LinearRing hole = GF.createLinearRing(new Coordinate[] {new Coordinate(lon + h, lat + h),
            new Coordinate(lon + h, lat + 2 * h), new Coordinate(lon + 2 * h, lat + 2 * h),
            new Coordinate(lon + 2 * h, lat + h), new Coordinate(lon + h, lat + h)});
        Polygon p = GF.createPolygon(shell, new LinearRing[] {hole});
        return new HazardArea(n, HazardReference.numbered(n), name, kind, status, p, "TRAINING — FICTIONAL DATA, "
                + "\"quoted\", comma", Instant.parse("2026-11-25T05:30:00.123Z"), Instant.parse("2026-11-25T05:30:00.123Z"));
    }
}
