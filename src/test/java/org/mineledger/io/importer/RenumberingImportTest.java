package org.mineledger.io.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;

/**
 * A file from another team numbers its areas from HA-0001 too: its references clash with the workspace's, and
 * renumbering imports it under the next free references with the file's own kept in the notes.
 */
class RenumberingImportTest {
    @TempDir
    Path dir;

    @Test
    void clashingReferencesAreProblemsThatNameTheWayOut() throws IOException {
        Path file = teamFile("HA-0001", "HA-0002");
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            new ImportSession(ws, file).commit(new ImportSession(ws, file).preview(ImportOptions.defaults()), false,
                    done -> { });

            ImportPreview again = new ImportSession(ws, file).preview(ImportOptions.defaults());

            assertThat(again.ready()).isEmpty();
            assertThat(again.withProblems()).hasSize(2).allSatisfy(c -> assertThat(String.join(" ", c.problems()))
                    .contains("is already used in this workspace", "'New references'", "--renumber"));
        }
    }

    @Test
    void renumberingGivesTheNextFreeReferencesAndKeepsTheFilesOwnInTheNotes() throws IOException {
        Path file = teamFile("HA-0001", "HA-0002");
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            ImportSession first = new ImportSession(ws, file);
            first.commit(first.preview(ImportOptions.defaults()), false, done -> { });

            ImportSession second = new ImportSession(ws, file);
            ImportPreview p = second.preview(ImportOptions.defaults().withRenumbering(true));
            assertThat(p.withProblems()).isEmpty();
            List<HazardArea> stored = second.commit(p, false, done -> { });

            assertThat(stored).extracting(a -> a.reference().value()).containsExactly("HA-0003", "HA-0004");
            assertThat(stored.get(0).notes()).startsWith("Team 3 survey")
                    .contains("\nImported under a new reference: it was HA-0001 in team3.geojson (feature 1 (line 1");
            assertThat(stored.get(1).notes()).contains("it was HA-0002 in team3.geojson (feature 2 (line 1");
            assertThat(ws.hazards()).hasSize(4);
        }
    }

    @Test
    void renumberingTakesReferencesInAnyFormAndKeepsThemAsWritten() throws IOException {
        Path file = teamFile("T3/17", "");
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            ImportPreview refused = new ImportSession(ws, file).preview(ImportOptions.defaults());
            assertThat(refused.withProblems()).singleElement().satisfies(c -> assertThat(c.problems())
                    .anySatisfy(x -> assertThat(x).contains("not in the form HA-0001")));

            ImportPreview p = new ImportSession(ws, file).preview(ImportOptions.defaults().withRenumbering(true));

            assertThat(p.withProblems()).isEmpty();
            assertThat(p.ready()).extracting(c -> c.draft().reference().value()).containsExactly("HA-0001", "HA-0002");
            assertThat(p.ready().get(0).draft().notes()).contains("it was T3/17 in team3.geojson");
            assertThat(p.ready().get(1).draft().notes()).as("no reference in the file, nothing to keep")
                    .doesNotContain("Imported under a new reference");
        }
    }

    /** A GeoJSON file of two fictional training areas with these references ("" for none). */
    private Path teamFile(String first, String second) throws IOException {
        Path file = dir.resolve("team3.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + feature(first, 24.10) + ","
                + feature(second, 24.12) + "]}");
        return file;
    }

    private static String feature(String reference, double lon) {
        String ring = String.format(java.util.Locale.ROOT, "[[%1$.2f,60.1],[%2$.2f,60.1],[%2$.2f,60.11],[%1$.2f,60.11],"
                + "[%1$.2f,60.1]]", lon, lon + 0.01);
        return "{\"type\":\"Feature\",\"properties\":{" + (reference.isEmpty() ? "" : "\"reference\":\"" + reference
                + "\",") + "\"name\":\"Field\",\"kind\":\"SHA\",\"notes\":\"Team 3 survey. TRAINING - FICTIONAL DATA\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
    }
}
