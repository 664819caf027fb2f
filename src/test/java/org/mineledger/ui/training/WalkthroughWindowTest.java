package org.mineledger.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.mineledger.ui.AppWindowTest;
import org.mineledger.ui.plan.PlannerView;
import org.mineledger.io.sample.WalkthroughCopy;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.DataFolder;
import org.mineledger.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student follows the first three steps of the village-survey walkthrough in the real window: each change made
 * by hand with Edit › Area details…, each tick appearing as soon as it is saved.
 */
class WalkthroughWindowTest extends AppWindowTest {
    private final StudentRobot student = new StudentRobot(robot);

    @Test
    void studentFollowsTheFirstThreeStepsSeesWhatIsWrongAndRestarts() {
        startWalkthrough("Village survey at Ivrelka");
        Path copy = new WalkthroughCopy().path("village-survey");
        assertThat(copy).startsWith(DataFolder.resolve()).exists();
        assertThat(robot.lookup("#walkthroughTitle").queryAs(Label.class).getText())
                .isEqualTo("From non-technical survey to a clearance plan in Ivrelka");
        assertThat(table().getItems()).extracting(a -> a.reference().value())
                .containsExactly("HA-0001", "HA-0002", "HA-0003", "HA-0004", "HA-0005");
        assertThat(student.progress()).isEqualTo("0 of 5 steps done");
        assertThat(student.details()).contains("Step 1: Cancel the school path ditch", "HA-0004 is active but should be cancelled.");

        // Step 1: select HA-0004 in the table, Edit › Area details…, status Cancelled, OK: the panel ticks it.
        editDetails("HA-0004", "#areaDetailsStatus", "Cancelled");
        assertThat(student.progress()).isEqualTo("1 of 5 steps done");
        assertThat(student.steps().getItems().get(0).label()).startsWith("\u2714 1.");
        assertThat(student.details()).contains("Step 2: Confirm the orchard",
                "HA-0001 is a suspected hazard area (SHA) but should be a confirmed hazard area (CHA).");

        // Step 2: confirm the orchard.
        editDetails("HA-0001", "#areaDetailsKind", "CHA — Confirmed hazard area");
        assertThat(student.progress()).isEqualTo("2 of 5 steps done");
        assertThat(student.details()).contains("Step 3: Reduce the mill road fields");

        // Step 3: first the wrong status, which the panel explains, then the right one.
        editDetails("HA-0002", "#areaDetailsStatus", "Cancelled");
        // no land-release record cancels it: MineLedger asks first, and the student goes ahead
        robot.clickOn(robot.lookup("#releaseConfirm .button").<Button>match(b -> "Yes".equals(((Button) b).getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(student.progress()).isEqualTo("2 of 5 steps done");
        assertThat(student.details()).contains("HA-0002 is cancelled but should be reduced. Technical survey reduces land");
        editDetails("HA-0002", "#areaDetailsStatus", "Reduced");
        assertThat(student.progress()).isEqualTo("3 of 5 steps done");
        assertThat(student.steps().getItems()).extracting(StepRow::passed).containsExactly(true, true, true, false, false);
        assertThat(student.details()).contains("Step 4: Record what is left", "There is no hazard area HA-0006");
        assertThat(table().getItems()).filteredOn(a -> a.status() == HazardStatus.ACTIVE).hasSize(3);

        // Restart: the copy is made afresh and every tick goes.
        robot.clickOn("#walkthroughRestart");
        robot.clickOn(robot.lookup(".dialog-pane .button").<Button>match(b -> "OK".equals(((Button) b).getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(student.progress()).isEqualTo("0 of 5 steps done");
        assertThat(table().getItems()).allSatisfy(a -> assertThat(a.status()).isEqualTo(HazardStatus.ACTIVE));
        try (Workspace ws = Workspace.open(copy)) {
            assertThat(ws.hazard(new HazardReference("HA-0004")).orElseThrow().status()).isEqualTo(HazardStatus.ACTIVE);
        }
    }

    @Test
    void thePlanViewOfTheVillageScenarioOpensOnItsStoredDraftPlanWithItsGanttChart() {
        startWalkthrough("Village survey at Ivrelka");
        robot.clickOn("Plan").clickOn("Clearance planner…");
        WaitForAsyncUtils.waitForFxEvents();
        Stage planner = (Stage) Window.getWindows().stream().filter(w -> w.getUserData() instanceof PlannerView)
                .findFirst().orElseThrow();
        Label totals = robot.from(planner.getScene().getRoot()).lookup("#planTotals").queryAs(Label.class);
        assertThat(totals.getText()).startsWith("8 tasks planned, 0 not planned");
        Canvas gantt = robot.from(planner.getScene().getRoot()).lookup((java.util.function.Predicate<Node>) n ->
                n.getClass().getSimpleName().equals("GanttChart")).queryAs(Canvas.class);
        assertThat(gantt.getHeight()).as("a row per team of the stored plan").isGreaterThan(20);
        robot.interact(planner::close);
    }

    private void startWalkthrough(String title) {
        robot.clickOn("Training").clickOn("#trainingStart");
        student.pick("#trainingChooser .combo-box", title);
        student.ok("#trainingChooser");
    }

    /** Selects an area in the table, opens Edit › Area details…, picks one value in a drop-down and presses OK. */
    private void editDetails(String reference, String combo, String value) {
        robot.clickOn(robot.lookup(n -> n instanceof TableCell<?, ?> c && reference.equals(c.getText())).<Node>query());
        robot.clickOn("Edit").clickOn("Area details…");
        student.pick(combo, value);
        student.ok("#areaDetails");
    }

    @SuppressWarnings("unchecked")
    private TableView<HazardArea> table() {
        return robot.lookup("#hazardTable").queryAs(TableView.class);
    }
}
