package org.mineledger.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableCell;
import org.junit.jupiter.api.Test;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.DataFolder;
import org.mineledger.store.Workspace;
import org.mineledger.ui.AppWindowTest;
import org.mineledger.ui.MineLedgerApp;
import org.testfx.util.WaitForAsyncUtils;

/** Edit › Area details… asks before a status releases land that the land-release records do not account for. */
class AreaDetailsWindowTest extends AppWindowTest {

    @Test
    void handingOverAnAreaWithoutReleaseRecordsIsAskedAboutAndNoKeepsItActive() {
        setStatus("HA-0001", HazardStatus.HANDED_OVER);

        DialogPane ask = robot.lookup("#releaseConfirm").queryAs(DialogPane.class);
        assertThat(ask.getContentText()).startsWith("HA-0001: its land-release records leave")
                .contains("unreleased", "As Handed over it is drawn as released land", "Record the land release first");
        robot.clickOn(button(ask, "No"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("HA-0001")).isEqualTo(HazardStatus.ACTIVE);

        setStatus("HA-0001", HazardStatus.HANDED_OVER);
        robot.clickOn(button(robot.lookup("#releaseConfirm").queryAs(DialogPane.class), "Yes"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("HA-0001")).isEqualTo(HazardStatus.HANDED_OVER);
    }

    @Test
    void reducingAnAreaIsNotAskedAbout() {
        setStatus("HA-0002", HazardStatus.REDUCED);

        assertThat(robot.lookup("#releaseConfirm").tryQuery()).isEmpty();
        assertThat(stored("HA-0002")).isEqualTo(HazardStatus.REDUCED);
    }

    @Test
    void detailsGiveWhatTheReleaseRecordsLeaveAndTheHistoryNamesTheRelease() {
        Path file = DataFolder.sampleWorkspace(MineLedgerApp.FIRST_SAMPLE);
        try (Workspace ws = Workspace.open(file)) { // a second connection, as another program would write
            var h = ws.hazard(new HazardReference("HA-0009")).orElseThrow();
            var c = h.polygon().getEnvelopeInternal();
            var gf = new org.locationtech.jts.geom.GeometryFactory();
            // the middle of the area's box: 40 % of its width and height
            double w = c.getWidth() * 0.2;
            double hgt = c.getHeight() * 0.2;
            var mid = h.polygon().getInteriorPoint().getCoordinate();
            var cleared = gf.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
                new org.locationtech.jts.geom.Coordinate(mid.x - w, mid.y - hgt),
                new org.locationtech.jts.geom.Coordinate(mid.x + w, mid.y - hgt),
                new org.locationtech.jts.geom.Coordinate(mid.x + w, mid.y + hgt),
                new org.locationtech.jts.geom.Coordinate(mid.x - w, mid.y + hgt),
                new org.locationtech.jts.geom.Coordinate(mid.x - w, mid.y - hgt)}).intersection(h.polygon());
            new org.mineledger.store.SurveyStore(ws).addRelease(h.id(), new org.mineledger.model.survey
                    .LandReleaseEvent(org.mineledger.model.survey.ReleaseKind.CLEARED,
                    (org.locationtech.jts.geom.Polygon) cleared, "manual", java.time.LocalDate.parse("2026-05-01")));
        }
        robot.clickOn(robot.lookup(n -> n instanceof TableCell<?, ?> c && "HA-0009".equals(c.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detailUnreleased").queryLabeled().getText())
                .matches("[0-9,]+\\.[0-9] m² of 119,188\\.8 m² \\(cancelled 0\\.0, reduced 0\\.0, cleared [0-9,]+\\.[0-9] m²\\)");
        assertThat(robot.lookup("#historyTable").queryTableView().getItems()).hasSize(2);
        assertThat(robot.lookup(n -> n instanceof TableCell<?, ?> c && String.valueOf(c.getText())
                .startsWith("Land release")).tryQuery()).isPresent();
    }

    private void setStatus(String reference, HazardStatus status) {
        robot.clickOn(robot.lookup(n -> n instanceof TableCell<?, ?> c && reference.equals(c.getText())).<Node>query());
        robot.clickOn("Edit").clickOn("Area details…");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<HazardStatus> combo = robot.lookup("#areaDetailsStatus").queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(status));
        robot.clickOn(button(robot.lookup("#areaDetails").queryAs(DialogPane.class), "OK"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button button(DialogPane pane, String text) {
        return robot.from(pane).lookup(".button").<Button>match(b -> text.equals(((Button) b).getText())).queryButton();
    }

    private static HazardStatus stored(String reference) {
        Path file = DataFolder.sampleWorkspace(MineLedgerApp.FIRST_SAMPLE);
        try (Workspace ws = Workspace.open(file)) {
            return ws.hazard(new HazardReference(reference)).orElseThrow().status();
        }
    }
}
