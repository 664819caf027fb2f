package org.mineledger.ui.training;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mineledger.plan.training.StepCheck;
import org.mineledger.ui.Messages;

/** Side panel of a running walkthrough: the steps with ticks, the chosen step's task and what is wrong. */
final class WalkthroughPanel {
    private final WalkthroughViewModel model;
    private final VBox node;
    private final ListView<StepRow> list = new ListView<>();
    private final TextArea details = new TextArea();

    WalkthroughPanel(WalkthroughViewModel model, Runnable onClose) {
        this.model = model;
        Label title = new Label();
        title.setId("walkthroughTitle");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14;");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.walkthroughProperty().get() == null ? "" : model.walkthroughProperty().get().title(),
                model.walkthroughProperty()));
        Label banner = new Label(Messages.get("banner.training"));
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #F4A718; -fx-text-fill: black; -fx-font-weight: bold; -fx-padding: 2;");
        Label progress = new Label();
        progress.setId("walkthroughProgress");
        progress.textProperty().bind(model.progressProperty());

        list.setId("walkthroughSteps");
        list.setItems(model.steps());
        list.setCellFactory(v -> new StepCell());
        list.setPrefHeight(200);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show(b));
        model.steps().addListener((javafx.collections.ListChangeListener<StepRow>) c -> selectCurrent());

        details.setId("walkthroughDetails");
        details.setEditable(false);
        details.setWrapText(true);
        VBox.setVgrow(details, Priority.ALWAYS);

        Button check = button("walkthroughCheck", "training.check", model::check);
        Button restart = button("walkthroughRestart", "training.restart", this::confirmRestart);
        Button close = button("walkthroughClose", "training.close", () -> {
            model.stop();
            onClose.run();
        });
        node = new VBox(6, title, banner, progress, list, details, new HBox(6, check, restart, close));
        node.setId("walkthroughPanel");
        node.setPadding(new Insets(8));
        node.setPrefWidth(340);
        node.setMinWidth(260);
    }

    VBox node() {
        return node;
    }

    /** Selects the first step that is not done yet, or the last step when all are. */
    private void selectCurrent() {
        int first = 0;
        while (first < model.steps().size() - 1 && model.steps().get(first).passed()) {
            first++;
        }
        if (!model.steps().isEmpty()) {
            list.getSelectionModel().select(first);
            show(model.steps().get(first));
        }
    }

    private void show(StepRow row) {
        if (row == null) {
            details.setText("");
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(Messages.format("training.step", row.number(), row.step().title())).append("\n\n")
                .append(row.step().instruction()).append("\n\n")
                .append(Messages.get("training.task")).append(' ').append(row.step().task()).append("\n\n");
        if (row.passed()) {
            text.append(Messages.get("training.passed"));
        } else {
            text.append(Messages.get("training.notYet")).append('\n');
            row.failures().forEach(f -> text.append("\u2022 ").append(f).append('\n'));
        }
        text.append("\n").append(Messages.get("training.checked")).append('\n');
        for (StepCheck c : row.step().checks()) {
            text.append("\u2022 ").append(c.expectation()).append('\n');
        }
        details.setText(text.toString());
    }

    private void confirmRestart() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("training.restart.confirm"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(node.getScene().getWindow());
        confirm.setHeaderText(Messages.get("training.restart.header"));
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.restart());
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static final class StepCell extends ListCell<StepRow> {
        @Override
        protected void updateItem(StepRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : row.label());
            setStyle(empty || row == null || !row.passed() ? "" : "-fx-text-fill: #1b7f1b;");
        }
    }
}
