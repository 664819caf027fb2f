package org.mineledger.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.ui.AppWindowTest;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Geodesy;
import org.mineledger.map.Viewport;
import org.mineledger.model.HazardArea;
import org.mineledger.store.AuditEntry;
import org.mineledger.store.DataFolder;
import org.mineledger.store.Workspace;
import org.mineledger.ui.MineLedgerApp;
import org.mineledger.ui.map.MapView;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: drawing by clicks, undo, typing a corner, traverse entry, saving. */
class EditingWindowTest extends AppWindowTest {
    /** 58 N 27 E lies west of every area of the bundled sample, so clicks there snap to nothing. */
    private static final List<GeoPoint> SQUARE = List.of(new GeoPoint(58, 27), new GeoPoint(58, 27.001),
            new GeoPoint(58.001, 27.001), new GeoPoint(58.001, 27));
    private PolygonEditModel editorModel;

    @Test
    void drawingAFourCornerAreaByClicksAndSavingStoresItWithOneAuditRow() throws Exception {
        Path file = DataFolder.sampleWorkspace(MineLedgerApp.FIRST_SAMPLE);
        int areasBefore;
        int auditBefore;
        try (Workspace ws = Workspace.open(file)) {
            areasBefore = ws.hazards().size();
            auditBefore = ws.auditTrail().size();
        }
        startNewArea("Birch copse");
        drawSquare();
        robot.type(KeyCode.ENTER);
        assertThat(editor().modeProperty().get()).isEqualTo(PolygonEditModel.Mode.EDITING);
        robot.clickOn("#saveEditButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().modeProperty().get()).isEqualTo(PolygonEditModel.Mode.IDLE);
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.hazards()).hasSize(areasBefore + 1);
            HazardArea saved = ws.hazards().stream().filter(a -> a.name().equals("Birch copse")).findFirst()
                    .orElseThrow();
            assertThat(saved.polygon().getNumPoints()).isEqualTo(5);
            double[] c = {saved.polygon().getCoordinates()[2].y, saved.polygon().getCoordinates()[2].x};
            assertThat(Geodesy.inverse(new GeoPoint(c[0], c[1]), SQUARE.get(2)).distance().metres())
                    .as("a click lands within a pixel of where it was aimed").isLessThan(1.0);
            List<AuditEntry> trail = ws.auditTrail();
            assertThat(trail).hasSize(auditBefore + 1);
        }
    }

    @Test
    void ctrlZRemovesTheLastCornerDrawn() {
        startNewArea("Undo test");
        drawSquare();
        assertThat(editor().corners()).hasSize(4);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().corners()).hasSize(3);
        assertThat(rowCount()).isEqualTo(3);
    }

    @Test
    void typingAnMgrsCoordinateIntoTheVertexTableMovesTheCorner() {
        startNewArea("Typed corner");
        drawSquare();
        robot.type(KeyCode.ENTER);
        Node cell = robot.lookup(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && "vertexCoordinate".equals(c.getTableColumn().getId()) && c.getIndex() == 1).query();
        robot.doubleClickOn(cell);
        // GeoConvert -m -p 0 of 58.0005 N 27.0015 E gives 35VNE0008828765.
        robot.write("35VNE0008828765").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().tableErrorProperty().get()).isEmpty();
        GeoPoint moved = editor().corners().get(1);
        assertThat(Geodesy.inverse(moved, new GeoPoint(58.0005, 27.0015)).distance().metres()).isLessThan(1.0);
        assertThat(editor().problems()).isEmpty();
    }

    @Test
    void enteringTraverseLegsShowsTheTurningPointsAndGivesTheEditorThePolygon() {
        robot.clickOn("Edit").clickOn("Enter traverse…");
        fillNewAreaDialog("Traverse field");
        robot.clickOn("#traverseReference").write("58 N, 27 E");
        for (String bearing : new String[] {"90", "0", "270", "180"}) {
            robot.clickOn("#legBearing").write(bearing);
            robot.clickOn("#legDistance").write("100").type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> points = robot.lookup("#turningPoints").queryAs(ListView.class);
        // GeodSolve: echo "58 27 90 100" | GeodSolve -p 9 gives 57.99999998876325 27.00169110705193.
        assertThat(points.getItems()).hasSize(4).element(1).isEqualTo("TP2  57.99999999 N, 27.00169111 E");
        robot.clickOn("#useTraverse");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().corners()).hasSize(4);
        assertThat(editor().corners().get(2).lat()).isCloseTo(58.00089783491155, within(1e-9));
        assertThat(editor().areaProperty().get()).isGreaterThan(9_990).isLessThan(10_010);
    }

    @Test
    void cornersAreMovedInsertedAndDeletedWithTheMouse() {
        startNewArea("Mouse edits");
        drawSquare();
        robot.type(KeyCode.ENTER);
        GeoPoint target = new GeoPoint(58.0012, 27.0012);
        robot.drag(screen(SQUARE.get(2)), MouseButton.PRIMARY).dropTo(screen(target));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Geodesy.inverse(editor().corners().get(2), target).distance().metres()).isLessThan(1.0);
        GeoPoint south = new GeoPoint(57.9997, 27.0005);
        GeoPoint a = editor().corners().get(0);
        GeoPoint b = editor().corners().get(1);
        robot.drag(screen(new GeoPoint((a.lat() + b.lat()) / 2, (a.lon() + b.lon()) / 2)), MouseButton.PRIMARY)
                .dropTo(screen(south));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().corners()).hasSize(5);
        assertThat(Geodesy.inverse(editor().corners().get(1), south).distance().metres()).isLessThan(1.0);
        robot.clickOn(screen(editor().corners().get(3)), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().corners()).hasSize(4);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().corners()).hasSize(5);
    }

    @Test
    void aHoleAddedByClicksIsUndoneWithCtrlZAndItsCornerIsTypedInTheTable() {
        startNewArea("Ring field");
        drawSquare();
        robot.type(KeyCode.ENTER);
        robot.clickOn("#addHoleButton");
        for (GeoPoint p : List.of(new GeoPoint(58.0002, 27.0002), new GeoPoint(58.0002, 27.0004),
                new GeoPoint(58.0004, 27.0004), new GeoPoint(58.0004, 27.0002))) {
            robot.clickOn(screen(p));
            robot.sleep(350);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().holes().countProperty().get()).isEqualTo(1);
        assertThat(editor().areaProperty().get()).as("Planimeter: 6585.9879 m² less the hole's 263.4410 m²")
                .isCloseTo(6585.9879 - 263.4410, within(20.0));
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().holes().countProperty().get()).isZero();
        assertThat(editor().corners()).hasSize(4);
        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().holes().countProperty().get()).isEqualTo(1);
        assertThat(robot.lookup("#ringChooser").queryComboBox().getSelectionModel().getSelectedItem())
                .isEqualTo("Hole 1");
        Node cell = robot.lookup(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && "vertexCoordinate".equals(c.getTableColumn().getId()) && c.getIndex() == 2).query();
        robot.doubleClickOn(cell);
        robot.write("58.00035 N, 27.00045 E").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().tableErrorProperty().get()).isEmpty();
        assertThat(editor().ring(1).get(2)).isEqualTo(new GeoPoint(58.00035, 27.00045));
        assertThat(editor().ring(0)).hasSize(4);
        assertThat(editor().problems()).isEmpty();
    }

    @Test
    void aBowTieHoleIsRepairedByTheMakeValidFixAndKeptAsAHole() {
        startNewArea("Bow field");
        drawSquare();
        robot.type(KeyCode.ENTER);
        robot.clickOn("#addHoleButton");
        for (GeoPoint p : List.of(new GeoPoint(58.0002, 27.0002), new GeoPoint(58.0004, 27.0004),
                new GeoPoint(58.0004, 27.0002), new GeoPoint(58.0002, 27.0004))) {
            robot.clickOn(screen(p));
            robot.sleep(350);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().problems()).anySatisfy(p -> assertThat(p.message()).startsWith("Hole 1: Edges 1–2 and "
                + "3–4 cross"));
        assertThat(robot.lookup("#acceptFixButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#showFixButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#fixSummary").queryLabeled().getText())
                .contains("The fix (dashed green on the map) can be accepted")
                .contains("• Hole 1 crossed or folded back on itself")
                .contains("• Part of hole 1 (");
        robot.clickOn("#acceptFixButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().holes().countProperty().get()).isEqualTo(1);
        assertThat(editor().ring(1)).hasSize(3);
        assertThat(editor().problems()).isEmpty();
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().ring(1)).hasSize(4);
    }

    @Test
    void theProblemsListWritesPlacesInTheSystemChosenForTheCorners() {
        robot.interact(() -> robot.lookup("#displaySystem").<String>queryComboBox().getSelectionModel()
                .select("mgrs"));
        startNewArea("Crossed field");
        MapView map = map();
        // the last two corners swapped: the edges 2–3 and 4–1 cross at about 58.0005 N 27.0005 E
        for (GeoPoint p : List.of(SQUARE.get(0), SQUARE.get(1), SQUARE.get(3), SQUARE.get(2))) {
            double[] px = map.screenPointOf(p.lon(), p.lat());
            robot.clickOn(map.localToScreen(px[0], px[1]));
            robot.sleep(350);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().problems()).anySatisfy(p -> assertThat(p.message()).contains("58.000"));
        java.util.regex.Pattern latLon = java.util.regex.Pattern.compile("\\d+\\.\\d{6} N \\d+\\.\\d{6} E");
        assertThat(problemTexts()).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContainPattern(latLon))
                .anySatisfy(t -> assertThat(t).contains("35VNE"));
        robot.interact(() -> robot.lookup("#displaySystem").<String>queryComboBox().getSelectionModel()
                .select("latlon"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problemTexts()).anySatisfy(t -> assertThat(t).doesNotContain("35VNE").contains("58.000"));
    }

    private List<String> problemTexts() {
        java.util.function.Predicate<Node> filled = n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null;
        return robot.lookup("#problemList").lookup(filled).queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(c -> ((javafx.scene.control.ListCell<?>) c).getText()).toList();
    }

    private Point2D screen(GeoPoint p) {
        MapView map = map();
        double[] px = map.screenPointOf(p.lon(), p.lat());
        return map.localToScreen(px[0], px[1]);
    }

    private void startNewArea(String name) {
        robot.clickOn("Edit").clickOn("New hazard area…");
        fillNewAreaDialog(name);
        MapView map = map();
        robot.interact(() -> map.viewportProperty().set(Viewport.fitting(new Envelope(26.9995, 27.0015, 57.9995,
                58.0015), map.getWidth(), map.getHeight())));
    }

    private void fillNewAreaDialog(String name) {
        robot.clickOn("#newAreaName").write(name);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        editorModel = (PolygonEditModel) robot.lookup("#editorPane").query().getUserData();
    }

    private void drawSquare() {
        MapView map = map();
        for (GeoPoint p : SQUARE) {
            double[] px = map.screenPointOf(p.lon(), p.lat());
            Point2D screen = map.localToScreen(px[0], px[1]);
            robot.clickOn(screen);
            robot.sleep(350); // slower than a double-click, so each click adds a corner
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int rowCount() {
        return robot.lookup("#vertexTable").queryTableView().getItems().size();
    }

    private PolygonEditModel editor() {
        return editorModel;
    }

    private MapView map() {
        return robot.lookup("#mapView").queryAs(MapView.class);
    }
}
