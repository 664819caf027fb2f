package org.mineledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mineledger.model.HazardArea;
import org.mineledger.ui.plan.PlannerView;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window at the size the app chooses for itself (1400x860) and checks what a user reads is
 * not cut short: status bar, hazard table, corner editor, dashboard form, planner; dates in ISO form.
 */
class LayoutWindowTest extends AppWindowTest {
    private static Locale before;

    @BeforeAll
    static void usLocale() {
        // the QA machine's locale: its date pickers showed 11/28/2026
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void aGoToErrorLeavesTheBoxAndTheCountersReadableAndShowsTheWholeMessage() {
        TextField box = robot.lookup("#goToCoordinate").queryAs(TextField.class);
        double width = box.getWidth();
        robot.clickOn(box).write("EPSG:2180 482607.577 602482.609").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#goToError").queryAs(Label.class);
        assertThat(error.getText()).isNotEmpty();
        assertThat(box.getWidth()).as("the box keeps its width").isGreaterThanOrEqualTo(width - 1);
        Label overdue = robot.lookup("#overdueCount").queryAs(Label.class);
        assertThat(Truncation.isCut(overdue)).as("overdue count: " + Truncation.shown(overdue)).isFalse();
        assertThat(Truncation.isCut(error)).as("error: " + Truncation.shown(error)).isFalse();
        assertThat(Truncation.cutUnder((Parent) box.getParent().getParent())).isEmpty();

        javafx.scene.control.ComboBox<String> system = robot.lookup("#displaySystem").queryComboBox();
        robot.interact(() -> system.getSelectionModel().select("epsg:3067"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> shown = (javafx.scene.control.ListCell<?>)
                ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) system.getSkin()).getDisplayNode();
        assertThat(shown.getText()).isEqualTo("ETRS-TM35FIN (Finland, EPSG:3067)");
    }

    @Test
    void hazardTableShowsWholeNamesAndStatuses() {
        @SuppressWarnings("unchecked")
        TableView<HazardArea> table = robot.lookup("#hazardTable").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Truncation.cutUnder(table)).isEmpty();
    }

    @Test
    void theCornerEditorIsNotCutAtTheDefaultWindowSize() {
        @SuppressWarnings("unchecked")
        TableView<HazardArea> table = robot.lookup("#hazardTable").queryAs(TableView.class);
        HazardArea lake = table.getItems().stream().filter(a -> a.reference().value().equals("HA-0011"))
                .findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(lake));
        robot.push(KeyCode.SHORTCUT, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        Parent editor = robot.lookup("#editorPane").queryAs(Parent.class);
        robot.interact(() -> robot.lookup("#displaySystem").queryComboBox().getSelectionModel()
                .select(CoordinateBar.SYSTEMS.indexOf("epsg:3301")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Truncation.cutUnder(editor)).isEmpty();
        javafx.scene.Node delete = robot.lookup("#deleteHoleButton").query();
        assertThat(delete.localToScene(delete.getBoundsInLocal()).getMaxX()).as("Delete hole inside the window")
                .isLessThanOrEqualTo(delete.getScene().getWidth());
    }

    @Test
    void theInspectionFormLabelsAndTheListsAreReadable() {
        robot.clickOn("Monitoring").clickOn("Overdue dashboard…");
        WaitForAsyncUtils.waitForFxEvents();
        Parent dashboard = dashboard();
        DatePicker date = robot.from(dashboard).lookup("#inspDate").queryAs(DatePicker.class);
        assertThat(date.getEditor().getText()).matches("\\d{4}-\\d{2}-\\d{2}");
        ListView<?> overdue = robot.from(dashboard).lookup("#overdueList").queryAs(ListView.class);
        assertThat(overdue.getItems()).isNotEmpty();
        assertThat(Truncation.cutUnder(dashboard)).isEmpty();
    }

    @Test
    void thePlannerFitsItsFormsAndShowsDatesInIsoForm() throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        Stage planner = (Stage) Window.getWindows().stream()
                .filter(w -> w.getUserData() instanceof PlannerView).findFirst().orElseThrow();
        Parent root = planner.getScene().getRoot();
        Label hint = robot.from(root).lookup("#planGanttHint").queryAs(Label.class);
        assertThat(hint.isVisible()).as("the blank Gantt tab says what to do").isTrue();
        DatePicker start = robot.from(root).lookup("#planStart").queryAs(DatePicker.class);
        assertThat(start.getEditor().getText()).matches("\\d{4}-\\d{2}-\\d{2}");
        robot.interact(() -> {
            robot.from(root).lookup("#planTeams").queryAs(TextField.class).setText("manual=2,mdd=1");
            robot.from(root).lookup("#planMake").queryButton().fire();
        });
        Label totals = robot.from(root).lookup("#planTotals").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !totals.getText().isEmpty());
        assertThat(hint.isVisible()).isFalse();
        javafx.scene.control.TabPane tabs = robot.from(root).lookup("#planTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> tasks = (TableView<?>) tabs.getTabs().get(1).getContent();
        assertThat(tasks.getItems()).isNotEmpty();
        // the reasons and figures are long by nature (their cells give them whole in a tooltip); the rest is whole
        assertThat(tasks.lookupAll(".table-cell").stream().map(javafx.scene.control.TableCell.class::cast)
                .filter(c -> c.getTableColumn() != null && tasks.getColumns().indexOf(c.getTableColumn()) < 7)
                .filter(Truncation::isCut).map(c -> c.getText())).as("task table").isEmpty();
        assertThat(tasks.lookupAll(".column-header .label").stream().map(Label.class::cast)
                .filter(Truncation::isCut).map(Label::getText)).as("task headers").isEmpty();
        robot.interact(() -> tabs.getSelectionModel().select(5));
        WaitForAsyncUtils.waitForFxEvents();
        Parent details = robot.from(root).lookup("#planDetailsHazard").queryAs(javafx.scene.Node.class).getParent()
                .getParent();
        assertThat(Truncation.cutUnder(details)).as("planning details").isEmpty();
        for (javafx.scene.Node n : details.lookupAll(".label, .text-field, .combo-box, .date-picker, .check-box")) {
            javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
            assertThat(b.getMaxX()).as(n + " on screen").isLessThanOrEqualTo(planner.getScene().getWidth());
        }
        robot.interact(planner::close);
    }

    private static Parent dashboard() {
        return Window.getWindows().stream().filter(w -> w != null && w.getScene() != null
                && w.getScene().getRoot().lookup("#overdueList") != null).findFirst().orElseThrow()
                .getScene().getRoot();
    }

}
