package org.mineledger.ui.plan;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mineledger.plan.clearance.Assignment;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.clearance.PriorityResult;
import org.mineledger.ui.Messages;

/** The planner window: inputs, Gantt chart, task list with reasons, what-if side by side, print pack. */
public final class PlannerView {
    private final PlannerViewModel model;
    private final Stage stage = new Stage();
    private final GanttChart gantt = new GanttChart();
    private final GanttChart variantGantt = new GanttChart();
    private final TableView<Assignment> tasks = new TableView<>();
    private final TableView<String[]> whatIf = new TableView<>();
    private final Label totals = new Label();
    private final Label whatIfSummary = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button(Messages.get("plan.cancel"));
    private final Button print = new Button(Messages.get("plan.print"));
    private final Button save = new Button(Messages.get("plan.save"));
    private Task<?> running;

    public PlannerView(PlannerViewModel model, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("plan.title") + (model.isTraining() ? " — " + model.trainingBanner() : ""));
        BorderPane root = new BorderPane();
        root.setTop(inputs());
        Label ganttHint = new Label(Messages.get("plan.gantt.hint"));
        ganttHint.setId("planGanttHint");
        ganttHint.setWrapText(true);
        ganttHint.visibleProperty().bind(model.planProperty().isNull());
        TabPane tabs = new TabPane(new Tab(Messages.get("plan.tab.gantt"),
                new javafx.scene.layout.StackPane(new ScrollPane(gantt), ganttHint)),
                new Tab(Messages.get("plan.tab.tasks"), tasks), new Tab(Messages.get("plan.tab.whatIf"), whatIfPane()),
                new Tab(Messages.get("plan.tab.assets"), new AssetEditor(model).node()),
                new Tab(Messages.get("plan.tab.priorities"), new PriorityPane(model).node()),
                new Tab(Messages.get("plan.tab.details"), new PlanningDetailsPane(model, this::rerank).node()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("planTabs");
        root.setCenter(tabs);
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        totals.setId("planTotals");
        root.setBottom(new VBox(4, totals, new FlowPane(8, 4, progress, cancel)));
        BorderPane.setMargin(root.getBottom(), new Insets(6));
        taskColumns();
        whatIfColumns();
        model.planProperty().addListener((o, a, p) -> showPlan(p));
        model.variantProperty().addListener((o, a, p) -> showVariant());
        model.showLatestSaved(); // opens on the plan last saved in the workspace, if any
        stage.setScene(new Scene(root, 1000, 640));
        stage.setUserData(this);
    }

    public Stage stage() {
        return stage;
    }

    private FlowPane inputs() {
        TextField teams = new TextField();
        teams.setId("planTeams");
        teams.textProperty().bindBidirectional(model.teamsProperty());
        TextField variant = new TextField();
        variant.setId("planVariantTeams");
        variant.textProperty().bindBidirectional(model.variantTeamsProperty());
        DatePicker start = org.mineledger.ui.IsoDatePicker.create();
        start.setId("planStart");
        start.valueProperty().bindBidirectional(model.startProperty());
        ComboBox<String> country = new ComboBox<>();
        country.getItems().setAll("FI", "PL", "EE", "LV", "LT", "UA", "none");
        country.valueProperty().bindBidirectional(model.countryProperty());
        Spinner<Integer> setup = new Spinner<>(0, 30, model.setupDaysProperty().get());
        setup.setPrefWidth(70);
        setup.valueProperty().addListener((o, a, v) -> model.setupDaysProperty().set(v));
        Button plan = new Button(Messages.get("plan.make"));
        plan.setId("planMake");
        plan.setDefaultButton(true);
        plan.setOnAction(e -> makePlan());
        save.setId("planSave");
        save.setDisable(true);
        save.setOnAction(e -> savePlan());
        print.setId("planPrint");
        print.setDisable(true);
        print.setOnAction(e -> choosePdf().ifPresent(this::printPack));
        FlowPane pane = new FlowPane(8, 6, new Label(Messages.get("plan.teams")), teams,
                new Label(Messages.get("plan.variantTeams")), variant, new Label(Messages.get("plan.start")), start,
                new Label(Messages.get("plan.country")), country, new Label(Messages.get("plan.setupDays")), setup,
                plan, save, print);
        pane.setPadding(new Insets(8));
        return pane;
    }

    private SplitPane whatIfPane() {
        whatIfSummary.setWrapText(true);
        SplitPane split = new SplitPane(new VBox(6, whatIfSummary, whatIf), new ScrollPane(variantGantt));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        return split;
    }

    private void taskColumns() {
        tasks.getColumns().add(column("plan.col.task", a -> a.task().id()));
        tasks.getColumns().add(column("plan.col.hazard", a -> a.task().hazardReference()));
        tasks.getColumns().add(column("plan.col.team", a -> a.team().id()));
        tasks.getColumns().add(column("plan.col.start", a -> a.start().toString()));
        tasks.getColumns().add(column("plan.col.end", a -> a.end().toString()));
        tasks.getColumns().add(column("plan.col.area", a -> String.format(Locale.ROOT, "%,.0f", a.task().areaM2())));
        tasks.getColumns().add(column("plan.col.cost", a -> String.format(Locale.ROOT, "%,.0f", a.costUsd())));
        TableColumn<Assignment, String> why = column("plan.col.why", a -> model.prioritiesProperty().get().stream()
                .filter(r -> r.reference().equals(a.task().hazardReference())).map(PriorityResult::reason)
                .findFirst().orElse(""));
        TableColumn<Assignment, String> basis = column("plan.col.basis", Assignment::basis);
        tasks.getColumns().add(why);
        tasks.getColumns().add(basis);
        // short columns as wide as their values (dates 2027-06-14, US$ 1,234,567); the reasons take the rest,
        // whole in a tooltip
        double[] widths = {70, 75, 90, 95, 95, 90, 95};
        for (int i = 0; i < widths.length; i++) {
            tasks.getColumns().get(i).setMinWidth(widths[i]);
            tasks.getColumns().get(i).setPrefWidth(widths[i]);
        }
        for (TableColumn<Assignment, String> col : List.of(why, basis)) {
            col.setMinWidth(140);
            col.setPrefWidth(200);
            col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String v, boolean empty) {
                    super.updateItem(v, empty);
                    setText(empty ? null : v);
                    setTooltip(empty || v == null || v.isEmpty() ? null : wrapped(v));
                }
            });
        }
        tasks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    }

    private void whatIfColumns() {
        String[] keys = {"plan.col.figure", "plan.col.base", "plan.col.variant"};
        for (int i = 0; i < keys.length; i++) {
            int c = i;
            TableColumn<String[], String> col = new TableColumn<>(Messages.get(keys[i]));
            col.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue()[c]));
            col.setPrefWidth(i == 0 ? 200 : 160);
            whatIf.getColumns().add(col);
        }
        whatIf.setId("planWhatIf");
    }

    private static javafx.scene.control.Tooltip wrapped(String text) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        return tip;
    }

    private TableColumn<Assignment, String> column(String key, java.util.function.Function<Assignment, String> value) {
        TableColumn<Assignment, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        return col;
    }

    private void showPlan(Plan p) {
        gantt.show(p);
        tasks.getItems().setAll(p == null ? List.of() : p.assignments());
        save.setDisable(p == null);
        print.setDisable(p == null);
        totals.setText(p == null ? "" : Messages.format("plan.totals", p.assignments().size(),
                p.unscheduled().size(), p.end().toString(), p.durationDays(),
                String.format(Locale.ROOT, "%,.0f", p.costUsd()), String.format(Locale.ROOT, "%,.0f", p.areaM2()))
                + (p.unscheduled().isEmpty() ? "" : "  " + p.unscheduled().get(0).task().id() + ": "
                        + p.unscheduled().get(0).reason())
                + (p == null || model.landNotesProperty().get().isEmpty() ? ""
                        : "\n" + model.landNotesProperty().get()));
        showVariant();
    }

    private void showVariant() {
        variantGantt.show(model.variantProperty().get());
        model.comparison().ifPresentOrElse(c -> {
            whatIf.getItems().setAll(c.rows());
            whatIfSummary.setText(c.summary());
        }, () -> {
            whatIf.getItems().clear();
            whatIfSummary.setText("");
        });
    }

    private void makePlan() {
        run(new Task<PlannerViewModel.Result>() {
            @Override
            protected PlannerViewModel.Result call() {
                updateMessage(Messages.get("plan.working"));
                return model.compute();
            }
        }, model::show);
    }

    /** A new priority order after the planning details changed (the plan itself waits for Plan). */
    private void rerank() {
        run(new Task<List<PriorityResult>>() {
            @Override
            protected List<PriorityResult> call() {
                updateMessage(Messages.get("plan.working"));
                return model.rank();
            }
        }, model.prioritiesProperty()::set);
    }

    private void savePlan() {
        try {
            long id = model.save();
            totals.setText(totals.getText() + "  " + Messages.format("plan.saved", id));
        } catch (RuntimeException e) {
            error(e);
        }
    }

    private java.util.Optional<Path> choosePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("plan.print"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName("plan.pdf");
        File f = chooser.showSaveDialog(stage);
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    /** Prints the pack to {@code out} in the background with progress and cancel. */
    public void printPack(Path out) {
        run(new Task<Path>() {
            @Override
            protected Path call() {
                model.print(out, 10, (done, total, what) -> updateProgress(done, total), this::isCancelled);
                return out;
            }
        }, p -> totals.setText(totals.getText() + "  " + Messages.format("plan.printed", p)));
    }

    private <T> void run(Task<T> task, java.util.function.Consumer<T> done) {
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        task.setOnSucceeded(e -> {
            finish();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            if (!(task.getException() instanceof CancellationException)) {
                error(task.getException());
            }
        });
        task.setOnCancelled(e -> finish());
        Thread t = new Thread(task, "planner");
        t.setDaemon(true);
        t.start();
    }

    private void finish() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancel.setVisible(false);
        running = null;
    }

    private void error(Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
        alert.setHeaderText(Messages.get("plan.error"));
        alert.initOwner(stage);
        alert.show();
    }
}
