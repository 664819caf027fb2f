package org.mineledger.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.mineledger.plan.clearance.PriorityResult;
import org.mineledger.ui.AppWindowTest;
import org.testfx.util.WaitForAsyncUtils;

/** Plan › Clearance planner › Planning details on the sample: the stored facts change the priority order. */
class PlanningDetailsWindowTest extends AppWindowTest {

    @Test
    void plannerSeesEditedPlanningDetailsInTheReasonForTheOrder() throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu plan = bar.getMenus().stream().filter(m -> m.getText().equals("Plan")).findFirst().orElseThrow();
        robot.interact(() -> plan.getItems().get(0).fire());
        Stage planner = (Stage) Window.getWindows().stream()
                .filter(w -> w.getUserData() instanceof PlannerView).findFirst().orElseThrow();
        Parent root = planner.getScene().getRoot();
        robot.interact(() -> robot.from(root).lookup("#planMake").queryAs(Button.class).fire());
        @SuppressWarnings("unchecked")
        TableView<PriorityResult> order = robot.from(root).lookup("#planPriorities").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> order.getItems().size() == 9);
        PriorityResult last = order.getItems().get(8);
        assertThat(last.reason()).doesNotContain("blocks access");
        String ref = last.reference();

        TabPane tabs = robot.from(root).lookup("#planTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(5));
        @SuppressWarnings("unchecked")
        ComboBox<String> hazard = robot.from(root).lookup("#planDetailsHazard").queryAs(ComboBox.class);
        Label status = robot.from(root).lookup("#planDetailsStatus").queryAs(Label.class);
        robot.interact(() -> {
            hazard.setValue(ref);
            robot.from(root).lookup("#planDetailsDepth").queryAs(TextField.class).setText("twenty");
            robot.from(root).lookup("#planDetailsSave").queryAs(Button.class).fire();
        });
        assertThat(status.getText()).as("a bad depth is refused with the field named")
                .contains("Not saved", "Clearance depth (cm)", "'twenty' is not a whole number");

        robot.interact(() -> {
            robot.from(root).lookup("#planDetailsBlocked").queryAs(CheckBox.class).setSelected(true);
            robot.from(root).lookup("#planDetailsBlockedNote").queryAs(TextField.class).setText("road to the school");
            robot.from(root).lookup("#planDetailsRequest").queryAs(CheckBox.class).setSelected(true);
            robot.from(root).lookup("#planDetailsCasualties").queryAs(TextField.class).setText("3");
            robot.from(root).lookup("#planDetailsDepth").queryAs(TextField.class).setText("20");
            robot.from(root).lookup("#planDetailsSave").queryAs(Button.class).fire();
        });
        assertThat(status.getText()).contains("Saved the planning details of " + ref);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> order.getItems().stream()
                .anyMatch(r -> r.reference().equals(ref) && r.reason().contains("blocks access")));
        PriorityResult now = order.getItems().stream().filter(r -> r.reference().equals(ref)).findFirst()
                .orElseThrow();
        assertThat(now.reason()).contains("blocks access: road to the school (+10.0)", "community request (+10.0)",
                "3 casualties reported (+10.0)");
        assertThat(now.rank()).as("30 more points move it up from last").isLessThan(9);
        assertThat(now.score()).isEqualTo(last.score() + 30, org.assertj.core.data.Offset.offset(1e-9));
        List<String> columns = order.getColumns().stream().map(c -> c.getText()).toList();
        assertThat(columns).contains("Blocked", "Casualties", "Depth cm");
        assertThat(order.getColumns().get(columns.indexOf("Depth cm")).getCellData(now)).isEqualTo("20");
    }
}
