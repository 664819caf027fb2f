package org.mineledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.cli.MineLedgerCommand;
import org.mineledger.io.export.ExportFormat;
import org.mineledger.model.HazardArea;
import org.mineledger.store.DataFolder;
import org.mineledger.ui.importer.ExportViewModel;
import org.mineledger.ui.map.MapView;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: several areas selected with Ctrl+click, then File › Export of them or of evidence. */
class ExportWindowTest extends AppWindowTest {
    @TempDir
    Path out;

    @Test
    void ctrlClickSelectsTwoAreasAndExportSelectionWritesBothToGeoJson() throws Exception {
        HazardArea first = table().getItems().get(0);
        HazardArea third = table().getItems().get(2);
        robot.clickOn(first.reference().value());
        robot.press(KeyCode.CONTROL).clickOn(third.reference().value()).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getSelectionModel().getSelectedItems()).extracting(HazardArea::id)
                .containsExactly(first.id(), third.id());
        assertThat(robot.lookup("#mapView").queryAs(MapView.class).selectedIdProperty().get())
                .as("the map works on the area clicked last").isEqualTo(third.id());
        assertThat(robot.lookup("#selectionCount").queryAs(Label.class).getText()).contains("2 selected",
                third.reference().value());

        openExport();
        assertThat(radio("#exportSelected").isSelected()).isTrue();
        assertThat(radio("#exportSelected").getText()).isEqualTo("The areas selected in the table (2)");
        choose(ExportFormat.GEOJSON, out.resolve("selection"));
        assertThat(summary()).isEqualTo("2 hazard area(s) will be written as GeoJSON (.geojson).");
        exportAndWait();

        Path written = out.resolve("selection.geojson");
        JsonNode features = new ObjectMapper().readTree(written.toFile()).get("features");
        assertThat(features).hasSize(2);
        List<String> refs = new ArrayList<>();
        features.forEach(f -> refs.add(f.get("properties").get("reference").asText()));
        assertThat(refs).containsExactlyInAnyOrder(first.reference().value(), third.reference().value());
    }

    @Test
    void exportingOverTheOpenWorkspaceIsRefusedAndLeavesItUnchanged() throws Exception {
        Path workspace = DataFolder.sampleWorkspace(MineLedgerApp.FIRST_SAMPLE);
        byte[] before = Files.readAllBytes(workspace);

        openExport();
        choose(ExportFormat.GPKG, workspace);
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label("#exportMessage")).contains(workspace.getFileName() + " already exists and is a GeoPackage",
                "Choose another file name");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no 'Replace it?' question").isEmpty();
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void withSeveralSelectedTheEditMenuNamesTheFocusedAreaAndAMapClickSelectsOnlyTheClickedOne() {
        HazardArea second = table().getItems().get(1);
        HazardArea fourth = table().getItems().get(3);
        robot.clickOn(second.reference().value());
        robot.press(KeyCode.CONTROL).clickOn(fourth.reference().value()).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Menu edit = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().filter(m -> "editMenu".equals(m.getId())).findFirst().orElseThrow();
        assertThat(edit.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("Area details (" + fourth.reference().value() + " only)\u2026");

        MapView map = robot.lookup("#mapView").queryAs(MapView.class);
        org.locationtech.jts.geom.Coordinate inside = org.locationtech.jts.algorithm.InteriorPointArea
                .getInteriorPoint(fourth.polygon());
        double[] px = map.screenPointOf(inside.x, inside.y);
        robot.clickOn(map.localToScreen(px[0], px[1]));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table().getSelectionModel().getSelectedItems()).extracting(HazardArea::id)
                .containsExactly(fourth.id());
        assertThat(robot.lookup("#selectionCount").queryAs(Label.class).isVisible()).isFalse();

        robot.interact(() -> map.centreOn(second));
        org.locationtech.jts.geom.Coordinate inSecond = org.locationtech.jts.algorithm.InteriorPointArea
                .getInteriorPoint(second.polygon());
        double[] px2 = map.screenPointOf(inSecond.x, inSecond.y);
        robot.press(KeyCode.CONTROL).clickOn(map.localToScreen(px2[0], px2[1])).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getSelectionModel().getSelectedItems()).as("Ctrl+click on the map adds to the selection")
                .extracting(HazardArea::id).containsExactlyInAnyOrder(second.id(), fourth.id());
        assertThat(map.selectedIdProperty().get()).isEqualTo(second.id());
        assertThat(map.alsoSelectedProperty().get()).containsExactly(fourth.id());
    }

    @Test
    void surveyEvidenceIsExportedFromTheDialogAsGpx() throws Exception {
        Path workspace = DataFolder.sampleWorkspace(MineLedgerApp.FIRST_SAMPLE);
        Path gpx = Path.of(getClass().getResource("/org/mineledger/io/fixtures/survey-team3.gpx").toURI());
        // imported as a team would from the command line, while the window has the workspace open
        assertThat(MineLedgerCommand.run("import", workspace.toString(), gpx.toString(), "--evidence", "--hazard",
                "HA-0002")).isZero();
        robot.clickOn("HA-0002");
        WaitForAsyncUtils.waitForFxEvents();

        openExport();
        robot.interact(() -> combo("#exportWhat").setValue(ExportViewModel.What.EVIDENCE));
        assertThat(combo("#exportFormat").getItems()).containsExactly(ExportFormat.GPX, ExportFormat.GEOJSON);
        assertThat(radio("#exportSelected").isSelected()).isTrue();
        assertThat(radio("#exportSelected").getText()).isEqualTo("Evidence of the areas selected in the table "
                + "(5 features)");
        choose(ExportFormat.GPX, out.resolve("evidence.gpx"));
        assertThat(summary()).isEqualTo("5 survey evidence feature(s) (3 waypoint(s), 2 track(s)) will be written "
                + "as GPX (.gpx).");
        exportAndWait();

        String written = Files.readString(out.resolve("evidence.gpx"));
        assertThat(count(written, "<wpt ")).isEqualTo(3);
        assertThat(count(written, "<trk>")).isEqualTo(2);
        assertThat(written).contains("TRAINING — FICTIONAL DATA", "hazard area HA-0002");
        assertThat(label("#exportMessage")).startsWith("Wrote 5 survey evidence feature(s) to ");
    }

    @Test
    void restingTheMouseOnAWaypointNamesItBesideTheMouse() throws Exception {
        MapView map = showImportedEvidence();
        double[] px = map.screenPointOf(30.5023456, 50.4012345);

        robot.moveTo(map.localToScreen(px[0] + 2, px[1] + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(javafx.stage.Window.getWindows()).filteredOn(w -> w instanceof javafx.scene.control.Tooltip)
                .singleElement().satisfies(w -> assertThat(((javafx.scene.control.Tooltip) w).getText())
                        .startsWith("Survey evidence (point) \u201cCrater 1\u201d \u2014 ")
                        .endsWith("Right-click it to delete it."));

        robot.moveTo(map.localToScreen(px[0] + 60, px[1] + 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(javafx.stage.Window.getWindows()).noneMatch(w -> w instanceof javafx.scene.control.Tooltip
                && w.isShowing());
    }

    @Test
    void rightClickOnAWaypointDeletesItAfterConfirming() throws Exception {
        Path workspace = DataFolder.sampleWorkspace(MineLedgerApp.FIRST_SAMPLE);
        MapView map = showImportedEvidence();
        java.util.List<org.mineledger.model.evidence.SurveyEvidence> imported = map.evidenceProperty().get();
        double[] px = map.screenPointOf(30.5023456, 50.4012345);

        robot.rightClickOn(map.localToScreen(px[0] + 2, px[1] + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(javafx.stage.Window.getWindows()).filteredOn(w -> w instanceof javafx.scene.control.ContextMenu)
                .singleElement().satisfies(w -> assertThat(((javafx.scene.control.ContextMenu) w).getItems())
                        .extracting(javafx.scene.control.MenuItem::getText)
                        .satisfiesExactly(about -> assertThat(about).startsWith("Survey evidence (point) \u201cCrater 1\u201d \u2014 ")
                                .contains("; from "), delete -> assertThat(delete)
                                .isEqualTo("Delete survey evidence \u201cCrater 1\u201d\u2026")));
        robot.clickOn("#deleteEvidence");
        robot.clickOn("Yes");
        WaitForAsyncUtils.waitForFxEvents();

        // (the sample workspace is shared by this class's tests; another may have imported the file too)
        long craters = imported.stream().filter(e -> e.name().equals("Crater 1")).count();
        assertThat(map.evidenceProperty().get()).as("the map is read again").hasSize(imported.size() - 1)
                .filteredOn(e -> e.name().equals("Crater 1")).hasSize((int) craters - 1);
        try (var ws = org.mineledger.store.Workspace.open(workspace)) {
            assertThat(new org.mineledger.store.SurveyEvidenceStore(ws).all()).hasSize(imported.size() - 1);
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    /**
     * Imports survey team 3's GPX into the sample as evidence and shows it on the map, zoomed to its waypoints, as
     * after File › Import survey evidence.
     */
    private MapView showImportedEvidence() throws Exception {
        Path workspace = DataFolder.sampleWorkspace(MineLedgerApp.FIRST_SAMPLE);
        Path gpx = Path.of(getClass().getResource("/org/mineledger/io/fixtures/survey-team3.gpx").toURI());
        assertThat(MineLedgerCommand.run("import", workspace.toString(), gpx.toString(), "--evidence")).isZero();
        MapView map = robot.lookup("#mapView").queryAs(MapView.class);
        java.util.List<org.mineledger.model.evidence.SurveyEvidence> imported;
        try (var ws = org.mineledger.store.Workspace.open(workspace)) {
            imported = new org.mineledger.store.SurveyEvidenceStore(ws).all();
        }
        robot.interact(() -> {
            map.evidenceProperty().set(imported);
            map.viewportProperty().set(org.mineledger.map.Viewport.fitting(new org.locationtech.jts.geom.Envelope(
                    30.5020, 30.5027, 50.4010, 50.4015), map.getWidth(), map.getHeight()));
        });
        return map;
    }

    /** The dialog opens once the survey evidence is read in the background. */
    private void openExport() throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#exportWhat").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void choose(ExportFormat format, Path file) {
        robot.interact(() -> {
            combo("#exportFormat").setValue(format);
            robot.lookup("#exportFile").queryAs(TextField.class).setText(file.toString());
        });
    }

    private void exportAndWait() throws Exception {
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label("#exportMessage").startsWith("Wrote"));
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private String summary() {
        return label("#exportSummary");
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private RadioButton radio(String id) {
        return robot.lookup(id).queryAs(RadioButton.class);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<HazardArea> table() {
        return robot.lookup("#hazardTable").queryAs(TableView.class);
    }
}
