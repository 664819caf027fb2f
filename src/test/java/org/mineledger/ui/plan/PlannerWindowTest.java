package org.mineledger.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.ui.AppWindowTest;
import org.testfx.util.WaitForAsyncUtils;

/** Plan › Clearance planner on the sample: make a plan, see its Gantt chart and what-if, print the pack. */
class PlannerWindowTest extends AppWindowTest {
    @TempDir
    Path out;

    @Test
    void makesAPlanForTheSampleShowsItsGanttChartAndPrintsTheTaskSheets() throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu plan = bar.getMenus().stream().filter(m -> m.getText().equals("Plan")).findFirst().orElseThrow();
        robot.interact(() -> plan.getItems().get(0).fire());
        Stage planner = (Stage) Window.getWindows().stream()
                .filter(w -> w.getUserData() instanceof PlannerView).findFirst().orElseThrow();
        assertThat(planner.getTitle()).contains("TRAINING — FICTIONAL DATA");
        robot.interact(() -> {
            robot.from(planner.getScene().getRoot()).lookup("#planTeams").queryAs(TextField.class)
                    .setText("manual=2,mdd=1");
            robot.from(planner.getScene().getRoot()).lookup("#planVariantTeams").queryAs(TextField.class)
                    .setText("manual=4,mdd=1");
            // three days before the month ends: the chart's first month is too narrow for a label of its own
            robot.from(planner.getScene().getRoot()).lookup("#planStart").queryAs(DatePicker.class)
                    .setValue(LocalDate.of(2026, 11, 28));
            robot.from(planner.getScene().getRoot()).lookup("#planMake").queryAs(Button.class).fire();
        });
        Label totals = robot.from(planner.getScene().getRoot()).lookup("#planTotals").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !totals.getText().isEmpty());
        assertThat(totals.getText()).contains("11 tasks planned", "0 not planned", "cost US$");
        GanttChart gantt = robot.from(planner.getScene().getRoot()).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof GanttChart)
                .queryAs(GanttChart.class);
        // The chart is laid out on a later pulse than the totals text is set.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gantt.getHeight() > 3 * 20);
        assertThat(gantt.getHeight()).as("one row per team").isGreaterThan(3 * 20);
        List<GanttChart.AxisLabel> months = gantt.axisLabels();
        assertThat(months).as("the plan runs over several months").hasSizeGreaterThan(2);
        assertThat(months.get(0).text()).as("the first full month, with its year").isEqualTo("2026-12");
        for (int i = 1; i < months.size(); i++) {
            String text = months.get(i).text();
            int month = Integer.parseInt(text.substring(text.length() - 2));
            int before = Integer.parseInt(months.get(i - 1).text().substring(months.get(i - 1).text().length() - 2));
            assertThat(month).as("every month labelled: %s after %s", text, months.get(i - 1).text())
                    .isEqualTo(before % 12 + 1);
            assertThat(months.get(i).x() - months.get(i - 1).x()).as("labels apart").isGreaterThanOrEqualTo(44);
        }
        TabPane tabs = robot.from(planner.getScene().getRoot()).lookup("#planTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        @SuppressWarnings("unchecked")
        TableView<String[]> whatIf = robot.from(planner.getScene().getRoot()).lookup("#planWhatIf")
                .queryAs(TableView.class);
        assertThat(whatIf.getItems()).anySatisfy(r -> assertThat(r[0]).isEqualTo("Teams"));
        robot.interact(() -> tabs.getSelectionModel().select(3));
        @SuppressWarnings("unchecked")
        TableView<Object> assets = robot.from(planner.getScene().getRoot()).lookup("#planAssets")
                .queryAs(TableView.class);
        assertThat(assets.getItems()).as("the default catalogue: manual, mdd, mech").hasSize(3);
        robot.interact(() -> tabs.getSelectionModel().select(4));
        @SuppressWarnings("unchecked")
        TableView<org.mineledger.plan.clearance.PriorityResult> order = robot.from(planner.getScene().getRoot())
                .lookup("#planPriorities").queryAs(TableView.class);
        assertThat(order.getItems()).as("9 open areas, the 2 reduced ones included").hasSize(9);
        assertThat(order.getItems().get(0).reason()).startsWith("score ");
        Path pdf = out.resolve("pack.pdf");
        robot.interact(() -> ((PlannerView) planner.getUserData()).printPack(pdf));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> totals.getText().contains("Printed to"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(doc);
            assertThat(all.split("CLEARANCE TASK SHEET", -1)).as("11 task sheets").hasSize(11 + 1);
            assertThat(all).contains("TRAINING — FICTIONAL DATA");
        }
    }
}
