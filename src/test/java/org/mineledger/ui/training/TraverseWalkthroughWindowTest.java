package org.mineledger.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Geodesy;
import org.mineledger.io.sample.WalkthroughCopy;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.store.Workspace;
import org.mineledger.ui.AppWindowTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student follows the first three steps of the laid-protective-minefield walkthrough by hand: menus, the new-area
 * dialog, the traverse dialog typed from record MF-A-21, Save; one wrong entry (the kind left at its default) is
 * explained by the panel and put right with Edit › Area details….
 */
class TraverseWalkthroughWindowTest extends AppWindowTest {
    private static final String MILS = "NATO mils (6400)";
    private final StudentRobot student = new StudentRobot(robot);

    @Test
    void studentEntersTheTraceByTraverseSeesTheWrongKindExplainedAndPutsItRight() {
        robot.clickOn("Training").clickOn("#trainingStart");
        student.pick("#trainingChooser .combo-box", "Protective minefield west of the Karvala–Orvesk crossing");
        student.ok("#trainingChooser");
        assertThat(student.progress()).isEqualTo("0 of 7 steps done");
        assertThat(student.details()).contains("Step 1: Enter the trace", "There is no hazard area HA-0003");
        // the map keeps most of the width: the details step aside, Layers folds, nothing runs off the window
        javafx.scene.Node mapView = robot.lookup("#mapView").query();
        double windowWidth = mapView.getScene().getWidth();
        assertThat(mapView.getBoundsInLocal().getWidth()).as("map width").isGreaterThan(windowWidth * 0.35);
        assertThat(robot.lookup("#detailReference").tryQuery()).as("details step aside").isEmpty();
        assertThat(robot.lookup("#layersPanel").queryAs(javafx.scene.control.TitledPane.class).isExpanded()).isFalse();
        javafx.scene.Node check = robot.lookup(".button").match(n -> "Check".equals(((javafx.scene.control.Button) n)
                .getText())).query();
        assertThat(check.localToScene(check.getBoundsInLocal()).getMaxX()).as("the walkthrough panel fits")
                .isLessThanOrEqualTo(windowWidth);

        // Edit › Enter traverse…: name the new area (the kind is left at its default, SHA: the wrong entry).
        robot.clickOn("Edit").clickOn("Enter traverse…");
        robot.clickOn("#newAreaName").write("Crossing west protective minefield");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        // The traverse of record MF-A-21, typed as the record gives it: true bearings in NATO mils, metres.
        robot.clickOn("#rpFromLandmark");
        robot.clickOn("#traverseLandmark").write("57.9971371 N, 27.1628871 E");
        robot.clickOn("#landmarkBearing").write("4750");
        student.pick("#landmarkUnit", MILS);
        robot.clickOn("#landmarkDistance").write("210");
        robot.clickOn("#tieBearing").write("3250");
        student.pick("#tieUnit", MILS);
        robot.clickOn("#tieDistance").write("60");
        student.pick("#legUnit", MILS);
        String[][] legs = {{"3180", "240"}, {"1240", "85"}, {"6330", "130"}, {"6380", "105"}, {"4900", "70"},
                {"3324", "31"}};
        for (String[] leg : legs) {
            robot.clickOn("#legBearing").write(leg[0]);
            robot.clickOn("#legDistance").write(leg[1]).type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> points = robot.lookup("#turningPoints").queryAs(ListView.class);
        assertThat(points.getItems()).hasSize(6);
        assertThat(robot.lookup("#traverseClosure").queryAs(Label.class).getText()).startsWith("0.2");
        robot.clickOn("#useTraverse");
        WaitForAsyncUtils.waitForFxEvents();
        var shown = robot.lookup("#mapView").queryAs(org.mineledger.ui.map.MapView.class).viewportProperty().get()
                .visibleLonLat();
        assertThat(shown.contains(27.1607186, 57.9946162)).as("the map shows the polygon just entered (TP3)").isTrue();
        robot.clickOn("#saveEditButton");
        WaitForAsyncUtils.waitForFxEvents();

        // Steps 2 to 5 tick (corners and area are right); step 1 explains the wrong kind.
        assertThat(student.steps().getItems()).extracting(StepRow::passed).containsExactly(false, true, true, true, true,
                false, false);
        assertThat(student.progress()).isEqualTo("4 of 7 steps done");
        assertThat(student.details()).contains("Step 1: Enter the trace",
                "HA-0003 is a suspected hazard area (SHA) but should be a laid minefield (LMF).");

        // Edit › Area details…: the kind becomes LMF; the panel ticks the first three steps.
        robot.clickOn("Edit").clickOn("Area details…");
        student.pick("#areaDetailsKind", "LMF — Laid minefield");
        student.ok("#areaDetails");
        assertThat(student.steps().getItems()).extracting(StepRow::passed).startsWith(true, true, true);
        assertThat(student.steps().getItems().get(2).label()).startsWith("\u2714 3.");
        assertThat(student.progress()).isEqualTo("5 of 7 steps done");
        assertThat(student.details()).contains("Step 6:");

        // What the panel ticked is what is stored: TP3 where GeodSolve puts it (walkthrough.json, step 3).
        try (Workspace ws = Workspace.open(new WalkthroughCopy().path("laid-protective-minefield"))) {
            HazardArea a = ws.hazard(new HazardReference("HA-0003")).orElseThrow();
            assertThat(a.kind()).isEqualTo(HazardKind.LAID_MINEFIELD);
            assertThat(a.name()).isEqualTo("Crossing west protective minefield");
            var tp3 = a.polygon().getExteriorRing().getCoordinateN(2);
            assertThat(Geodesy.inverse(new GeoPoint(tp3.y, tp3.x), new GeoPoint(57.9946162, 27.1607186)).distance()
                    .metres()).isLessThan(2.0);
        }
    }
}
