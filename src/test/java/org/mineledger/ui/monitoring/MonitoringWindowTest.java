package org.mineledger.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.mineledger.ui.AppWindowTest;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.monitoring.ItemKind;
import org.mineledger.plan.monitoring.ScheduledItem;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: the overdue count on start, the dashboard, and logging an inspection. */
class MonitoringWindowTest extends AppWindowTest {

    @Test
    void theAppShowsTheOverdueCountOnStart() {
        // the training sample's areas were recorded in 2025 and never inspected: all are overdue
        Label count = robot.lookup("#overdueCount").queryAs(Label.class);
        assertThat(count.getText()).matches("\\d+ overdue");
        assertThat(Integer.parseInt(count.getText().split(" ")[0])).isGreaterThanOrEqualTo(9);
    }

    @Test
    void loggingAnInspectionWithAMissingSignAddsAFollowUpTask() {
        robot.clickOn("Monitoring").clickOn("Overdue dashboard…");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<ScheduledItem> overdue = robot.lookup("#overdueList").queryListView();
        assertThat(overdue.getItems()).isNotEmpty().allMatch(i -> i.kind() == ItemKind.ROUTINE_INSPECTION);

        ComboBox<HazardReference> area = robot.lookup("#inspArea").queryComboBox();
        robot.interact(() -> area.getSelectionModel().select(HazardReference.numbered(1)));
        robot.clickOn("#inspInspector").write("A. Tamm");
        robot.clickOn("#inspTeam").write("Team 2");
        robot.clickOn("#inspMissing").write("S-004");
        robot.clickOn("#inspSave");
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#monitoringMessage").queryAs(Label.class);
        assertThat(message.getText()).contains("HA-0001").contains("1 follow-up task");
        ListView<ScheduledItem> week = robot.lookup("#thisWeekList").queryListView();
        assertThat(week.getItems()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(ItemKind.FOLLOW_UP);
            assertThat(i.title()).contains("Replace missing sign S-004");
            assertThat(i.team()).isEqualTo("Team 2");
        });
        // the inspection also cleared HA-0001's overdue routine inspection
        assertThat(overdue.getItems()).noneMatch(i -> i.area().equals(HazardReference.numbered(1)));

        ComboBox<String> team = robot.lookup("#monitoringTeamFilter").queryComboBox();
        robot.interact(() -> team.getSelectionModel().select("Team 2"));
        assertThat(week.getItems()).isNotEmpty().allMatch(i -> i.team().equals("Team 2"));
    }

    @Test
    void theDashboardFiltersByAreaAndByTeamAndClearsBack() {
        robot.clickOn("Monitoring").clickOn("Overdue dashboard…");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<ScheduledItem> overdue = robot.lookup("#overdueList").queryListView();
        ListView<ScheduledItem> upcoming = robot.lookup("#upcomingList").queryListView();
        int all = overdue.getItems().size();
        // (the tests share the sample copy: HA-0001 may already be inspected by the other test)
        assertThat(overdue.getItems()).extracting(ScheduledItem::area).contains(HazardReference.numbered(2),
                HazardReference.numbered(5));

        ComboBox<HazardReference> area = robot.lookup("#monitoringAreaFilter").queryComboBox();
        robot.interact(() -> area.getSelectionModel().select(HazardReference.numbered(2)));
        assertThat(overdue.getItems()).isNotEmpty().allMatch(i -> i.area().equals(HazardReference.numbered(2)));
        assertThat(upcoming.getItems()).allMatch(i -> i.area().equals(HazardReference.numbered(2)));
        assertThat(overdue.getItems().size()).isLessThan(all);

        // the sample's areas have no team yet: filtering on one that exists after a logged inspection
        ComboBox<HazardReference> inspArea = robot.lookup("#inspArea").queryComboBox();
        robot.interact(() -> inspArea.getSelectionModel().select(HazardReference.numbered(2)));
        robot.clickOn("#inspInspector").write("B. Ozols");
        robot.clickOn("#inspTeam").write("Team 5");
        robot.clickOn("#inspMissing").write("S-002");
        robot.clickOn("#inspSave");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> team = robot.lookup("#monitoringTeamFilter").queryComboBox();
        robot.interact(() -> team.getSelectionModel().select("Team 5"));
        ListView<ScheduledItem> week = robot.lookup("#thisWeekList").queryListView();
        assertThat(week.getItems()).isNotEmpty().allMatch(i -> i.team().equals("Team 5")
                && i.area().equals(HazardReference.numbered(2)));

        robot.clickOn("Show all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getValue()).isNull();
        assertThat(team.getValue()).isNull();
        assertThat(overdue.getItems()).extracting(ScheduledItem::area).contains(HazardReference.numbered(5))
                .doesNotContain(HazardReference.numbered(2)); // its inspection cleared its overdue routine one
    }
}
