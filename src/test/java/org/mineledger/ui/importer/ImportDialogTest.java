package org.mineledger.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.store.Workspace;
import org.mineledger.ui.map.MapView;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real import dialog: the preview is read in the background, then Import stores the areas. */
class ImportDialogTest extends DialogTest {
    @Test
    void previewShowsTheFeaturesAndImportStoresThem(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            ImportViewModel vm = new ImportViewModel(ws,
                    Path.of(getClass().getResource("/org/mineledger/io/fixtures/utm36.shp").toURI()));
            AtomicBoolean imported = new AtomicBoolean();
            robot.interact(() -> new ImportDialog(owner, vm, () -> imported.set(true)).show());

            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.rows().size() == 3);
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> rows = robot.lookup("#importRows").queryTableView();
            assertThat(rows.getItems()).hasSize(3);
            assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                    .extracting(c -> String.valueOf(c.getText())).anyMatch(t -> t.contains("Ready: HA-0001"));
            assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText())
                    .contains("3 area(s) ready to import, 0 with problems");
            Button importButton = robot.lookup("#importButton").queryButton();
            assertThat(importButton.isDisabled()).isFalse();

            robot.interact(importButton::fire);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, imported::get);

            assertThat(ws.hazards()).hasSize(3);
        }
    }

    @Test
    void newReferencesImportsAFileWhoseReferencesAreTakenAndTheReasonIsReadableInFull(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("team3.geojson");
        java.nio.file.Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + feature("HA-0001", 24.1)
                + "," + feature("HA-0002", 24.2) + "," + feature("HA-0003", 24.3) + "]}");
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            org.mineledger.io.importer.ImportSession once = new org.mineledger.io.importer.ImportSession(ws, file);
            once.commit(once.preview(org.mineledger.io.importer.ImportOptions.defaults()), false, done -> { });
            ImportViewModel vm = new ImportViewModel(ws, file);
            AtomicBoolean imported = new AtomicBoolean();
            robot.interact(() -> new ImportDialog(owner, vm, () -> imported.set(true)).show());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.rows().size() == 3);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("0 area(s) ready");
            javafx.scene.control.TableCell<?, ?> reason = robot.lookup(".table-cell")
                    .queryAllAs(javafx.scene.control.TableCell.class).stream()
                    .filter(c -> String.valueOf(c.getText()).contains("already used")).findFirst().orElseThrow();
            assertThat(reason.getTooltip().getText()).as("the whole reason, however narrow the column")
                    .isEqualTo(reason.getText()).contains("'New references'");

            robot.clickOn("#renumber");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importSummary").queryAs(Label.class)
                    .getText().contains("3 area(s) ready to import"));
            robot.interact(robot.lookup("#importButton").queryButton()::fire);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, imported::get);

            assertThat(ws.hazards()).hasSize(6);
        }
    }

    private static String feature(String reference, double lon) {
        return String.format(java.util.Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"reference\":\"%s\","
                + "\"name\":\"Field\",\"kind\":\"SHA\",\"notes\":\"TRAINING - FICTIONAL DATA\"},\"geometry\":{\"type\":"
                + "\"Polygon\",\"coordinates\":[[[%2$.2f,60.1],[%3$.2f,60.1],[%3$.2f,60.11],[%2$.2f,60.1]]]}}", reference,
                lon, lon + 0.01);
    }

    @Test
    void thePreviewMapFitsTheFeaturesOfTheFileThoseWithProblemsToo(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            // two fields about 700 m apart near 58 N 27 E, each with its own reference
            Path file = dir.resolve("fields.geojson");
            java.nio.file.Files.writeString(file, """
                    {"type": "FeatureCollection", "features": [
                     {"type": "Feature", "properties": {"reference": "HA-0001", "name": "West", "kind": "SHA"},
                      "geometry": {"type": "Polygon", "coordinates": [[[27.0, 58.0], [27.002, 58.0],
                        [27.002, 58.001], [27.0, 58.001], [27.0, 58.0]]]}},
                     {"type": "Feature", "properties": {"reference": "HA-0002", "name": "East", "kind": "SHA"},
                      "geometry": {"type": "Polygon", "coordinates": [[[27.01, 58.002], [27.012, 58.002],
                        [27.012, 58.003], [27.01, 58.003], [27.01, 58.002]]]}}]}
                    """);
            ImportViewModel first = new ImportViewModel(ws, file);
            first.show(first.read());
            assertThat(first.commit(n -> { })).isEqualTo(2);
            // the same file again: both references are taken, so no feature is ready and none is a draft
            ImportViewModel vm = new ImportViewModel(ws, file);
            robot.interact(() -> new ImportDialog(owner, vm, () -> { }).show());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.rows().size() == 2);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.drafts()).isEmpty();
            MapView map = robot.lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof MapView)
                    .queryAs(MapView.class);
            Envelope features = new Envelope();
            ws.hazards().forEach(a -> features.expandToInclude(a.polygon().getEnvelopeInternal()));
            double[] sw = map.screenPointOf(features.getMinX(), features.getMinY());
            double[] ne = map.screenPointOf(features.getMaxX(), features.getMaxY());
            assertThat(map.getWidth()).isGreaterThan(100);
            for (double[] corner : new double[][] {sw, ne}) {
                assertThat(corner[0]).as("inside the map, west to east").isBetween(0.0, map.getWidth());
                assertThat(corner[1]).as("inside the map, south to north").isBetween(0.0, map.getHeight());
            }
            assertThat(Math.max((ne[0] - sw[0]) / map.getWidth(), (sw[1] - ne[1]) / map.getHeight()))
                    .as("the features fill most of the map in one direction").isGreaterThan(0.6);
        }
    }
}
