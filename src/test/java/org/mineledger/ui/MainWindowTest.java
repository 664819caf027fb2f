package org.mineledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.store.DataFolder;
import org.mineledger.ui.map.MapView;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window, started as a user starts it for the first time. */
class MainWindowTest extends AppWindowTest {

    @Test
    void opensOnAWritableCopyOfTheSampleScenarioMarkedAsTraining() {
        Path copy = DataFolder.sampleWorkspace(MineLedgerApp.FIRST_SAMPLE);
        assertThat(copy).startsWith(home);
        assertThat(copy).exists();
        assertThat(table().getItems()).hasSizeGreaterThanOrEqualTo(9);
        Label banner = robot.lookup("#trainingBanner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("TRAINING — FICTIONAL DATA");
        Stage stage = (Stage) table().getScene().getWindow();
        assertThat(stage.getTitle()).contains(copy.getFileName().toString());
        assertThat(Files.isWritable(copy)).isTrue();
    }

    @Test
    void mapDrawsEveryHazardAreaAndFramesThemOnOpening() {
        int all = table().getItems().size();
        System.gc();
        robot.interact(() -> robot.lookup("#kindFilter").queryComboBox().getSelectionModel()
                .select(HazardKind.CONFIRMED));
        MapView map = map();
        assertThat(map.hazardsProperty().get().size()).as("the map shows every area, filtered or not")
                .isEqualTo(all).isGreaterThanOrEqualTo(9);
        var extent = map.hazardsProperty().get().extentLonLat();
        double[] sw = map.screenPointOf(extent.getMinX(), extent.getMinY());
        double[] ne = map.screenPointOf(extent.getMaxX(), extent.getMaxY());
        assertThat(sw[0]).isBetween(0.0, map.getWidth());
        assertThat(ne[0]).isBetween(0.0, map.getWidth());
        assertThat(ne[1]).isBetween(0.0, map.getHeight());
        assertThat(sw[1]).isBetween(0.0, map.getHeight());
        double spanX = (ne[0] - sw[0]) / map.getWidth();
        double spanY = (sw[1] - ne[1]) / map.getHeight();
        assertThat(Math.max(spanX, spanY)).as("hazards fill the map on opening").isGreaterThan(0.8);
    }

    @Test
    void selectingARowSelectsAndCentresTheAreaOnTheMap() {
        HazardArea third = table().getItems().get(2);
        robot.clickOn(third.reference().value());
        WaitForAsyncUtils.waitForFxEvents();
        MapView map = map();
        assertThat(map.selectedIdProperty().get()).isEqualTo(third.id());
        var centre = third.polygon().getEnvelopeInternal().centre();
        double[] onScreen = map.screenPointOf(centre.x, centre.y);
        assertThat(onScreen[0]).isCloseTo(map.getWidth() / 2, org.assertj.core.api.Assertions.within(2.0));
        assertThat(onScreen[1]).isCloseTo(map.getHeight() / 2, org.assertj.core.api.Assertions.within(2.0));
        TableView<?> history = robot.lookup("#historyTable").queryAs(TableView.class);
        assertThat(history.getItems()).as("the audit history of the selected area").hasSize(1)
                .allSatisfy(e -> assertThat(((org.mineledger.store.AuditEntry) e).entityId()).isEqualTo(third.id()));
    }

    @Test
    void clickingAnAreaOnTheMapSelectsItsRow() {
        HazardArea target = table().getItems().get(table().getItems().size() - 1);
        robot.clickOn(target.reference().value());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> table().getSelectionModel().clearSelection());
        Coordinate inside = InteriorPointArea.getInteriorPoint(target.polygon());
        double[] px = map().screenPointOf(inside.x, inside.y);
        Point2D screen = map().localToScreen(px[0], px[1]);
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getSelectionModel().getSelectedItem()).isNotNull();
        assertThat(table().getSelectionModel().getSelectedItem().id()).isEqualTo(target.id());
    }

    @Test
    void measureDistanceToolShowsTheGeodesicLengthOfTheClickedPath() {
        MapView map = map();
        robot.clickOn("#viewMenu").clickOn(Messages.get("menu.view.measureDistance"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.toolProperty().get()).isInstanceOf(org.mineledger.ui.map.MeasureTool.class);
        Point2D a = map.localToScreen(map.getWidth() * 0.3, map.getHeight() * 0.4);
        Point2D b = map.localToScreen(map.getWidth() * 0.6, map.getHeight() * 0.7);
        robot.clickOn(a).clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
        var tool = (org.mineledger.ui.map.MeasureTool) map.toolProperty().get();
        assertThat(tool.points()).hasSize(2);
        double metres = org.mineledger.geo.Geodesy.inverse(tool.points().get(0), tool.points().get(1))
                .distance().metres();
        assertThat(metres).isGreaterThan(100);
        assertThat(tool.resultProperty().get())
                .contains(String.format(java.util.Locale.ROOT, "Distance %,.2f m", metres));
    }

    @Test
    void selectingAnAreaWithAMarkingPlanShowsItsSignsOnTheMap() throws Exception {
        Path copy = DataFolder.sampleWorkspace(MineLedgerApp.FIRST_SAMPLE);
        // The plan is made as a team would from the command line, while the window has the workspace open.
        assertThat(org.mineledger.cli.MineLedgerCommand.run("mark", copy.toString(), "HA-0002")).isZero();
        int planned;
        try (var ws = org.mineledger.store.Workspace.open(copy)) {
            planned = new org.mineledger.store.MonitoringStore(ws)
                    .latestSigns(new org.mineledger.model.HazardReference("HA-0002")).size();
        }
        assertThat(planned).isGreaterThan(4);
        robot.clickOn("HA-0001");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().signsProperty().get()).as("HA-0001 has no marking plan").isEmpty();
        robot.clickOn("HA-0002");
        // the signs are read in the background
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> map().signsProperty().get().size() == planned);
        assertThat(map().signsProperty().get()).hasSize(planned)
                .first().satisfies(sign -> assertThat(sign.number()).isEqualTo("S-001"));
    }

    @Test
    void surveyEvidenceImportedElsewhereIsOnTheMapOnceTheWorkspaceIsOpenedAgain() throws Exception {
        Path copy = DataFolder.sampleWorkspace(MineLedgerApp.FIRST_SAMPLE);
        String gpx = Path.of(getClass().getResource("/org/mineledger/io/fixtures/survey-team3.gpx").toURI())
                .toString();
        int before = map().evidenceProperty().get().size();
        // imported as a team would from the command line, while the window has the workspace open
        assertThat(org.mineledger.cli.MineLedgerCommand.run("import", copy.toString(), gpx, "--evidence", "--hazard",
                "HA-0002")).isZero();

        robot.clickOn("File").clickOn(Messages.get("menu.file.recent"))
                .clickOn(copy.toString());

        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> map().evidenceProperty().get().size() == before + 5);
        assertThat(map().evidenceProperty().get()).extracting(e -> e.hazard().value()).contains("HA-0002");
    }

    @Test
    void filteringByKindShowsOnlyThatKind() {
        robot.interact(() -> robot.lookup("#kindFilter").queryComboBox().getSelectionModel()
                .select(HazardKind.SUSPECTED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).isNotEmpty().allMatch(a -> a.kind() == HazardKind.SUSPECTED);
    }

    @SuppressWarnings("unchecked")
    private TableView<HazardArea> table() {
        return robot.lookup("#hazardTable").queryAs(TableView.class);
    }

    private MapView map() {
        return robot.lookup("#mapView").queryAs(MapView.class);
    }
}
