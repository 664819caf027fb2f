package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.store.Workspace;

/** The import and export commands, run as a user would, with stdout and stderr captured. */
class ImportExportCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void dryRunListsProblemsPerFeatureAndWritesNothing() throws Exception {
        Path ws = newWorkspace();
        String before = sha256(ws);

        int code = MineLedgerCommand.run("import", ws.toString(), resource("hostile/out-of-range.kml"), "--dry-run");

        String printed = console.out();
        assertThat(code).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(printed).contains("out-of-range.kml, placemark 2 (line 4", "outside the globe",
                "missing field kind", "Summary: 0 area(s) ready to import, 2 with problems", "Dry run: nothing was written");
        assertThat(sha256(ws)).isEqualTo(before);
    }

    @Test
    void importsAShapefileWithMappingAndExportsASelection() throws Exception {
        Path ws = newWorkspace();

        int code = MineLedgerCommand.run("import", ws.toString(), resource("fixtures/utm36.shp"), "--map",
                "notes=name", "--user", "Test Deminer");

        assertThat(code).as(console.err()).isZero();
        assertThat(console.out()).contains("Summary: 3 area(s) ready to import, 0 with problems",
                "Imported 3 hazard area(s)");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.hazards()).hasSize(3);
            assertThat(w.hazards().get(0).notes()).isEqualTo("Training field north");
            assertThat(w.auditTrail().get(w.auditTrail().size() - 1).user()).isEqualTo("Test Deminer");
        }
        Path kml = dir.resolve("confirmed.kml");
        assertThat(MineLedgerCommand.run("export", ws.toString(), kml.toString(), "--format", "kml", "--where",
                "kind=CHA")).isZero();
        assertThat(Files.readString(kml)).contains("HA-0001").doesNotContain("HA-0002");
        Path copy = dir.resolve("copy.gpkg");
        assertThat(MineLedgerCommand.run("export", ws.toString(), copy.toString(), "--format", "gpkg")).isZero();
        try (Workspace w = Workspace.open(copy)) {
            assertThat(w.hazards()).hasSize(3);
            assertThat(w.check().problems()).isEmpty();
        }
        assertThat(MineLedgerCommand.run("export", ws.toString(), copy.toString(), "--format", "gpkg"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("already exists").doesNotContain("Exception");
    }

    @Test
    void refusedFileGivesAMessageAndNoStackTrace() throws Exception {
        Path ws = newWorkspace();

        int code = MineLedgerCommand.run("import", ws.toString(), resource("hostile/xxe.kml"), "--kind", "SHA");

        assertThat(code).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("xxe.kml, line 2", "DOCTYPE")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void missingWorkspaceOnTheCommandLineSuggestsTheNewCommand() throws Exception {
        Path missing = dir.resolve("nothere.gpkg");

        int code = MineLedgerCommand.run("import", missing.toString(), resource("fixtures/areas.geojson"));

        assertThat(code).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("nothere.gpkg does not exist", "`mineledger new FILE`")
                .doesNotContain("File > New");
        assertThat(missing).doesNotExist();
    }

    @Test
    void shapefileExportWarnsOfNamesAndNotesCutToTheDbfFieldWidth() throws Exception {
        Path ws = newWorkspace();
        Path geojson = dir.resolve("long.geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"name\":\"" + "Ł".repeat(200) + "\",\"kind\":\"SHA\",\"notes\":\"short\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[24.1,60.1],[24.11,60.1],[24.11,60.11],"
                + "[24.1,60.1]]]}}]}");
        assertThat(MineLedgerCommand.run("import", ws.toString(), geojson.toString())).isZero();

        int code = MineLedgerCommand.run("export", ws.toString(), dir.resolve("out.shp").toString(), "--format", "shp");

        assertThat(code).isZero();
        assertThat(console.err()).contains("WARNING: HA-0001: NAME (400 bytes) cut to the 254 bytes")
                .doesNotContain("NOTES");
    }

    @Test
    void refusesUtmRowsWhoseLetterSCanBeHemisphereOrBand() throws Exception {
        Path ws = newWorkspace();
        Path csv = dir.resolve("band-utm.csv");
        // A GPS shows band S (35°N); read as the southern hemisphere the same text is 55°S
        Files.writeString(csv, """
                poly,ref,kind,utm
                A,HA-0701,SHA,35S 317483.906 3874870.635
                A,HA-0701,SHA,35S 318396.614 3874852.399
                A,HA-0701,SHA,35S 318407.667 3875406.996
                """);

        int code = MineLedgerCommand.run("import", ws.toString(), csv.toString(), "--position", "utm", "--system", "utm",
                "--polygon", "poly");

        assertThat(code).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.out()).contains("line 2, column 4 (utm): '35S 317483.906 3874870.635' is not a position:"
                + " UTM '35S' can mean two places", "write 35N or 35 north for band S", "line 4, column 4 (utm)");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.hazards()).isEmpty();
        }
    }

    @Test
    void renumberImportsAFileWhoseReferencesAreTakenUnderNewOnes() throws Exception {
        Path ws = newWorkspace();
        Path file = dir.resolve("team3.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"reference\":\"HA-0001\",\"name\":\"Field\",\"kind\":\"SHA\",\"notes\":\"TRAINING\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[24.1,60.1],[24.11,60.1],[24.11,60.11],[24.1,60.1]]]}}]}");
        assertThat(MineLedgerCommand.run("import", ws.toString(), file.toString())).isZero();
        String before = sha256(ws);

        assertThat(MineLedgerCommand.run("import", ws.toString(), file.toString())).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.out()).contains("the reference HA-0001 is already used", "--renumber");
        assertThat(sha256(ws)).isEqualTo(before);

        assertThat(MineLedgerCommand.run("import", ws.toString(), file.toString(), "--renumber")).isZero();
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.hazards()).extracting(a -> a.reference().value()).containsExactlyInAnyOrder("HA-0001", "HA-0002");
            assertThat(w.hazard(new org.mineledger.model.HazardReference("HA-0002")).orElseThrow().notes())
                    .contains("it was HA-0001 in team3.geojson");
        }
    }

    private Path newWorkspace() {
        Path ws = dir.resolve("field.gpkg");
        Workspace.create(ws).close();
        return ws;
    }

    private static String resource(String name) throws Exception {
        return Path.of(ImportExportCommandTest.class.getResource("/org/mineledger/io/" + name).toURI()).toString();
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

}
