package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;

/** {@code validate}: every fault of every polygon, from GeoJSON or a workspace. Areas from Planimeter -p 9. */
class ValidateCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void listsTheCrossingOfABowTieAndExitsOne() throws Exception {
        Path f = dir.resolve("areas.geojson");
        Files.writeString(f, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"reference": "BOW"}, "geometry": {"type": "Polygon",
                  "coordinates": [[[27, 58], [27.001, 58.001], [27.001, 58], [27, 58.001], [27, 58]]]}},
                 {"type": "Feature", "properties": {"name": "far square"}, "geometry": {"type": "Polygon",
                  "coordinates": [[[28, 58], [28.001, 58], [28.001, 58.001], [28, 58.001], [28, 58]]]}}]}
                """);
        assertThat(MineLedgerCommand.run("validate", f.toString())).isEqualTo(1);
        String text = console.out();
        // The crossing is equally far from all four corners; the line names one of them.
        assertThat(text).containsPattern("BOW\tSELF_INTERSECTION\tvertex [1-4]\tEdges 1–2 and 3–4 cross at "
                        + "58\\.000500 N 27\\.000500 E\\.")
                .contains("far square\tok")
                .contains("2 polygons: 1 faults to fix, 0 warnings");
    }

    @Test
    void reportsOverlapsBetweenWorkspaceAreasAsWarningsAndExitsZero() throws Exception {
        Path ws = dir.resolve("w.gpkg");
        try (Workspace w = Workspace.create(ws)) {
            w.add(area(1, "West", 27, 27.001));
            w.add(area(2, "East", 27.0005, 27.0015));
        }
        assertThat(MineLedgerCommand.run("validate", ws.toString())).isZero();
        // Planimeter: the shared strip 27.0005..27.001 E, 58..58.001 N is 3292.9939 m².
        assertThat(console.out())
                .contains("HA-0001 \"West\"\tOVERLAP\tvertex 0\tThe area overlaps HA-0002 \"East\" by 3293.0 m²")
                .contains("HA-0002 \"East\"\tOVERLAP\tvertex 0\tThe area overlaps HA-0001 \"West\" by 3293.0 m²")
                .contains("2 polygons: 0 faults to fix, 2 warnings");
    }

    @Test
    void anAreaInsideAnotherAreasHoleIsNoOverlapAndAHoleFaultNamesTheHole() throws Exception {
        Path f = dir.resolve("holes.geojson");
        // FARM has a hole 58.0002–58.0004 N × 27.0002–27.0004 E; POND lies inside it; WELL's hole has a repeated
        // corner; ORCHARD reaches from the hole of FARM into its land.
        Files.writeString(f, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"reference": "FARM"}, "geometry": {"type": "Polygon",
                  "coordinates": [[[27, 58], [27.001, 58], [27.001, 58.001], [27, 58.001], [27, 58]],
                   [[27.0002, 58.0002], [27.0002, 58.0004], [27.0004, 58.0004], [27.0004, 58.0002], [27.0002, 58.0002]]]}},
                 {"type": "Feature", "properties": {"reference": "POND"}, "geometry": {"type": "Polygon",
                  "coordinates": [[[27.00022, 58.00022], [27.00028, 58.00022], [27.00028, 58.00028],
                   [27.00022, 58.00028], [27.00022, 58.00022]]]}},
                 {"type": "Feature", "properties": {"reference": "WELL"}, "geometry": {"type": "Polygon",
                  "coordinates": [[[28, 58], [28.001, 58], [28.001, 58.001], [28, 58.001], [28, 58]],
                   [[28.0002, 58.0002], [28.0002, 58.0004], [28.0002, 58.0004], [28.0004, 58.0004],
                    [28.0004, 58.0002], [28.0002, 58.0002]]]}},
                 {"type": "Feature", "properties": {"reference": "ORCHARD"}, "geometry": {"type": "Polygon",
                  "coordinates": [[[27.0003, 58.0003], [27.0005, 58.0003], [27.0005, 58.0005], [27.0003, 58.0005],
                   [27.0003, 58.0003]]]}}]}
                """);
        assertThat(MineLedgerCommand.run("validate", f.toString())).isEqualTo(1);
        // Planimeter -p 9: ORCHARD 263.4402 m² less its corner inside the hole, 65.8602 m².
        assertThat(console.out())
                .contains("POND\tok")
                .contains("FARM\tOVERLAP\thole 1 vertex 3\tThe area overlaps ORCHARD by 197.6 m² around ")
                .contains("up to the edge of hole 1 (land inside the hole is not counted)")
                .contains("ORCHARD\tOVERLAP\tvertex 2\tThe area overlaps FARM by 197.6 m²")
                .contains("WELL\tDUPLICATE_VERTEX\thole 1 vertex 3\tHole 1: Vertices 2 and 3 are at the same place")
                .doesNotContain("POND\tOVERLAP").doesNotContain("overlaps POND")
                .contains("4 polygons: 1 faults to fix, 2 warnings");
    }

    @Test
    void aFileThatIsNotGeoJsonIsAUserError() throws Exception {
        Path f = dir.resolve("bad.geojson");
        Files.writeString(f, "{\"type\": \"Point\"}");
        assertThat(MineLedgerCommand.run("validate", f.toString())).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("FeatureCollection").doesNotContain("Exception");
    }

    private static HazardArea area(int n, String name, double west, double east) {
        Polygon p = new GeometryFactory(new PrecisionModel(), 4326).createPolygon(new Coordinate[] {
            new Coordinate(west, 58), new Coordinate(east, 58), new Coordinate(east, 58.001),
            new Coordinate(west, 58.001), new Coordinate(west, 58)});
        return HazardArea.draft(HazardReference.numbered(n), name, HazardKind.CONFIRMED, HazardStatus.ACTIVE, p, "",
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
