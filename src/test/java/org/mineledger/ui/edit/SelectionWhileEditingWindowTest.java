package org.mineledger.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.HazardArea;
import org.mineledger.ui.AppWindowTest;
import org.mineledger.ui.map.MapView;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Selecting another area in the table while a boundary is edited: Save must never write an area other than the
 * one shown, and unsaved corners are not dropped without asking. Selecting an area shows the whole of it.
 */
class SelectionWhileEditingWindowTest extends AppWindowTest {

    @Test
    void selectingAnotherAreaWithUnsavedChangesAsksAndNoKeepsTheEditAndItsArea() {
        clickRow("HA-0011");
        robot.clickOn("Edit").clickOn("Edit geometry");
        WaitForAsyncUtils.waitForFxEvents();
        PolygonEditModel editor = editor();
        GeoPoint corner = editor.corners().get(1);
        GeoPoint moved = new GeoPoint(corner.lat() + 0.00002, corner.lon());
        Node cell = robot.lookup(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && "vertexCoordinate".equals(c.getTableColumn().getId()) && c.getIndex() == 1).query();
        robot.doubleClickOn(cell);
        robot.write(String.format(java.util.Locale.ROOT, "%.8f N, %.8f E", moved.lat(), moved.lon()))
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.canUndoProperty().get()).as("the typed corner is a change").isTrue();

        clickRow("HA-0012");
        DialogPane ask = robot.lookup("#discardConfirm").queryAs(DialogPane.class);
        assertThat(ask.getContentText()).startsWith("The boundary of HA-0011 has changes that are not saved.")
                .contains("show HA-0012");
        robot.type(KeyCode.ENTER); // No is the default: Enter keeps the edit
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.modeProperty().get()).isEqualTo(PolygonEditModel.Mode.EDITING);
        assertThat(editor.target().reference().value()).isEqualTo("HA-0011");
        assertThat(selected().reference().value()).as("the edited area is selected again").isEqualTo("HA-0011");
        assertThat(editor.corners().get(1).lat()).isEqualTo(moved.lat());

        clickRow("HA-0012");
        robot.clickOn(button(robot.lookup("#discardConfirm").queryAs(DialogPane.class), "Yes"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.modeProperty().get()).isEqualTo(PolygonEditModel.Mode.IDLE);
        assertThat(selected().reference().value()).isEqualTo("HA-0012");
    }

    @Test
    void selectingAnotherAreaBeforeAnyChangeLeavesTheEditorWithoutAsking() {
        clickRow("HA-0011");
        robot.clickOn("Edit").clickOn("Edit geometry");
        WaitForAsyncUtils.waitForFxEvents();
        PolygonEditModel editor = editor();

        clickRow("HA-0009");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#discardConfirm").tryQuery()).isEmpty();
        assertThat(editor.modeProperty().get()).isEqualTo(PolygonEditModel.Mode.IDLE);
        assertThat(selected().reference().value()).isEqualTo("HA-0009");
    }

    @Test
    void selectingALargeAreaAfterZoomingInOnASmallOneZoomsOutToShowAllOfIt() {
        MapView map = robot.lookup("#mapView").queryAs(MapView.class);
        clickRow("HA-0003");
        robot.interact(() -> map.viewportProperty().set(map.viewportProperty().get().zoomedAt(8, map.getWidth() / 2,
                map.getHeight() / 2)));

        clickRow("HA-0010");
        WaitForAsyncUtils.waitForFxEvents();
        Envelope area = selected().polygon().getEnvelopeInternal();
        Envelope shown = map.viewportProperty().get().visibleLonLat();
        assertThat(shown.contains(area)).as("map shows " + shown + ", area " + area).isTrue();
        assertThat(shown.getWidth()).as("and not the whole country").isLessThan(area.getWidth() * 5);
    }

    private void clickRow(String reference) {
        robot.clickOn(robot.lookup(n -> n instanceof TableCell<?, ?> c && reference.equals(c.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private HazardArea selected() {
        @SuppressWarnings("unchecked")
        TableView<HazardArea> table = robot.lookup("#hazardTable").queryAs(TableView.class);
        return table.getSelectionModel().getSelectedItem();
    }

    private PolygonEditModel editor() {
        return (PolygonEditModel) robot.lookup("#editorPane").query().getUserData();
    }

    private Button button(DialogPane pane, String text) {
        return robot.from(pane).lookup(".button").<Button>match(b -> text.equals(((Button) b).getText())).queryButton();
    }
}
