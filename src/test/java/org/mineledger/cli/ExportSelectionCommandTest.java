package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;

/**
 * {@code export} of a selection ({@code --where}, {@code --ref}) and of survey evidence ({@code --evidence}), and
 * {@code import --evidence}; where GDAL is installed, ogrinfo must see the selected count and attribute names.
 */
class ExportSelectionCommandTest {
    private static final GeometryFactory GF = new GeometryFactory();
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @ParameterizedTest
    @ValueSource(strings = {"gpkg", "geojson", "kml", "shp", "csv", "gpx"})
    void combinedConditionsExportOnlyTheMatchingAreasInEveryFormat(String format) throws Exception {
        Path ws = workspace(false);
        Path out = dir.resolve("selection." + format);

        int code = MineLedgerCommand.run("export", ws.toString(), out.toString(), "--format", format,
                "--where", "status=active,reduced", "--where", "kind=CHA");

        assertThat(code).as(console.err()).isZero();
        assertThat(console.out()).contains("Exported 2 hazard area(s)");
        assumeTrue(ogrinfoPresent(), "ogrinfo (GDAL) is not installed here");
        String info = ogrinfo(out, format.equals("gpx") ? "tracks" : format.equals("gpkg") ? "hazard_area" : null);
        assertThat(featureCount(info)).as(info).isEqualTo(2);
        assertThat(info).contains(switch (format) {
            case "shp" -> List.of("REFERENCE: String", "KIND: String", "STATUS: String");
            case "kml" -> List.of("Name: String", "reference: String", "kind: String");
            case "gpx" -> List.of("name: String", "desc: String");
            default -> List.of("reference: String", "name: String", "kind: String", "status: String");
        });
    }

    @Test
    void refListExportsExactlyThoseAreas() throws Exception {
        Path ws = workspace(false);
        Path out = dir.resolve("two.geojson");

        assertThat(MineLedgerCommand.run("export", ws.toString(), out.toString(), "--format", "geojson",
                "--ref", "HA-0001,HA-0004")).as(console.err()).isZero();

        String json = Files.readString(out);
        assertThat(json).contains("\"HA-0001\"", "\"HA-0004\"").doesNotContain("HA-0002", "HA-0003");
        if (ogrinfoPresent()) {
            assertThat(featureCount(ogrinfo(out, null))).isEqualTo(2);
        }
    }

    @Test
    void unknownReferenceIsNamedAndNothingIsWritten() throws Exception {
        Path ws = workspace(false);
        Path out = dir.resolve("none.csv");

        int code = MineLedgerCommand.run("export", ws.toString(), out.toString(), "--format", "csv",
                "--ref", "HA-0001,HA-0009");

        assertThat(code).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("No hazard area HA-0009").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void trainingWorkspaceMarksShapefileAndCsvExports() throws Exception {
        Path ws = workspace(true);
        Path shp = dir.resolve("training.shp");
        Path csv = dir.resolve("training.csv");

        assertThat(MineLedgerCommand.run("export", ws.toString(), shp.toString(), "--format", "shp")).isZero();
        assertThat(MineLedgerCommand.run("export", ws.toString(), csv.toString(), "--format", "csv")).isZero();

        assertThat(Files.readString(dir.resolve("training.README.txt"))).startsWith("TRAINING — FICTIONAL DATA");
        assertThat(new String(Files.readAllBytes(dir.resolve("training.dbf")), StandardCharsets.UTF_8))
                .contains("TRAINING — FICTIONAL DATA");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).endsWith(",training");
        assertThat(lines.subList(1, lines.size())).hasSize(4).allMatch(l -> l.endsWith(",\"TRAINING — FICTIONAL DATA\""));
        assumeTrue(ogrinfoPresent(), "ogrinfo (GDAL) is not installed here");
        assertThat(ogrinfoFeatures(shp)).contains("TRAINING (String) = TRAINING — FICTIONAL DATA");
        assertThat(ogrinfoFeatures(csv)).contains("training (String) = TRAINING — FICTIONAL DATA");
    }

    @Test
    void realWorkspaceExportsHaveNoTrainingMark() throws Exception {
        Path ws = workspace(false);
        Path shp = dir.resolve("real.shp");
        Path csv = dir.resolve("real.csv");

        assertThat(MineLedgerCommand.run("export", ws.toString(), shp.toString(), "--format", "shp")).isZero();
        assertThat(MineLedgerCommand.run("export", ws.toString(), csv.toString(), "--format", "csv")).isZero();

        assertThat(dir.resolve("real.README.txt")).doesNotExist();
        assertThat(Files.readString(csv)).doesNotContain("training", "TRAINING");
        assertThat(new String(Files.readAllBytes(dir.resolve("real.dbf")), StandardCharsets.UTF_8))
                .doesNotContain("TRAINING");
    }

    @Test
    void gpxImportsAsEvidenceAndExportsBackAsGpxAndGeoJson() throws Exception {
        Path ws = workspace(false);
        String gpx = Path.of(getClass().getResource("/org/mineledger/io/fixtures/survey-team3.gpx").toURI())
                .toString();

        assertThat(MineLedgerCommand.run("import", ws.toString(), gpx, "--evidence", "--hazard", "HA-0002",
                "--dry-run")).as(console.err()).isZero();
        assertThat(console.out()).contains("3 point(s) and 2 line(s) ready to import, 0 with problems",
                "Dry run: nothing was written");
        assertThat(MineLedgerCommand.run("import", ws.toString(), gpx, "--evidence", "--hazard", "HA-0002"))
                .as(console.err()).isZero();
        assertThat(console.out()).contains("Imported 5 survey evidence feature(s)");

        Path back = dir.resolve("evidence.gpx");
        Path json = dir.resolve("evidence.geojson");
        assertThat(MineLedgerCommand.run("export", ws.toString(), back.toString(), "--format", "gpx", "--evidence",
                "--ref", "HA-0002")).as(console.err()).isZero();
        assertThat(MineLedgerCommand.run("export", ws.toString(), json.toString(), "--format", "geojson",
                "--evidence")).as(console.err()).isZero();
        assertThat(Files.readString(back)).contains("<ele>112.5</ele>", "<time>2026-03-14T09:30:00Z</time>",
                "Crater 1");
        assertThat(MineLedgerCommand.run("export", ws.toString(), dir.resolve("e.shp").toString(), "--format",
                "shp", "--evidence")).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("gpx or geojson");
        assumeTrue(ogrinfoPresent(), "ogrinfo (GDAL) is not installed here");
        assertThat(featureCount(ogrinfo(back, "waypoints"))).isEqualTo(3);
        assertThat(featureCount(ogrinfo(back, "tracks"))).isEqualTo(2);
        String info = ogrinfo(json, null);
        assertThat(featureCount(info)).isEqualTo(5);
        assertThat(info).contains("name: String", "time: DateTime", "elevation: Real", "source_file: String",
                "source_feature: String", "hazard_ref: String", "notes: String");
    }

    private Path workspace(boolean training) {
        Path ws = dir.resolve("field.gpkg");
        try (Workspace w = Workspace.create(ws)) {
            if (training) {
                w.markTraining("TRAINING — FICTIONAL DATA", "test");
            }
            w.add(area(1, HazardKind.CONFIRMED, HazardStatus.ACTIVE));
            w.add(area(2, HazardKind.CONFIRMED, HazardStatus.REDUCED));
            w.add(area(3, HazardKind.CONFIRMED, HazardStatus.CLEARED));
            w.add(area(4, HazardKind.SUSPECTED, HazardStatus.ACTIVE));
        }
        return ws;
    }

    private static HazardArea area(int n, HazardKind kind, HazardStatus status) {
        double lon = 30.5 + n * 0.02;
        double lat = 50.4;
        var p = GF.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + 0.01, lat),
            new Coordinate(lon + 0.01, lat + 0.01), new Coordinate(lon, lat + 0.01), new Coordinate(lon, lat)});
        return HazardArea.draft(HazardReference.numbered(n), "Training area " + n, kind, status, p, "",
                Instant.parse("2026-11-25T05:30:00Z"));
    }

    private static int featureCount(String info) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(info);
        assertThat(m.find()).as(info).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static boolean ogrinfoPresent() {
        try {
            return new ProcessBuilder("ogrinfo", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String ogrinfo(Path file, String layer) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ogrinfo", "-so", "-ro"));
        if (layer == null) {
            cmd.add("-al");
        }
        cmd.add(file.toString());
        if (layer != null) {
            cmd.add(layer);
        }
        return run(cmd);
    }

    private static String ogrinfoFeatures(Path file) throws IOException, InterruptedException {
        return run(List.of("ogrinfo", "-ro", "-al", "-q", file.toString()));
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }
}
