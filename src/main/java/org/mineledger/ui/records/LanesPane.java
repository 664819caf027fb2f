package org.mineledger.ui.records;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mineledger.model.laid.LaneOrGap;
import org.mineledger.ui.Messages;

/** Entry of the lanes and gaps of the laid-minefield form: fields, Add/Update, Delete and the list (Enter edits). */
final class LanesPane {
    private LanesPane() {
    }

    static Node of(LaneEntryModel m) {
        GridPane sub = new GridPane();
        sub.setHgap(6);
        sub.setVgap(4);
        TextField label = FieldGrid.field(sub, "records.lane.label", "laneLabel", 0, 0);
        label.textProperty().bindBidirectional(m.label);
        CheckBox gap = new CheckBox(Messages.get("records.lane.gap"));
        gap.setId("laneGap");
        gap.selectedProperty().bindBidirectional(m.gap);
        sub.add(gap, 1, 1);
        TextField width = FieldGrid.field(sub, "records.lane.width", "laneWidth", 2, 0);
        width.textProperty().bindBidirectional(m.width);
        TextField fromRp = FieldGrid.field(sub, "records.lane.fromRp", "laneFromRp", 0, 2);
        fromRp.textProperty().bindBidirectional(m.fromRp);
        TextField entry = FieldGrid.field(sub, "records.lane.entry", "laneEntry", 1, 2);
        entry.textProperty().bindBidirectional(m.entry);
        TextField course = FieldGrid.field(sub, "records.lane.course", "laneCourse", 2, 2);
        course.textProperty().bindBidirectional(m.course);
        CheckBox marked = new CheckBox(Messages.get("records.lane.marked"));
        marked.setId("laneMarked");
        marked.selectedProperty().bindBidirectional(m.marked);
        CheckBox closed = new CheckBox(Messages.get("records.lane.closed"));
        closed.setId("laneClosed");
        closed.selectedProperty().bindBidirectional(m.closed);
        sub.add(new HBox(12, marked, closed), 0, 5);
        TextField description = FieldGrid.field(sub, "records.lane.description", "laneDescription", 1, 4);
        description.textProperty().bindBidirectional(m.description);
        GridPane.setColumnSpan(description, 2);
        Button save = new Button();
        save.setId("saveLane");
        save.textProperty().bind(Bindings.when(m.editing.greaterThanOrEqualTo(0))
                .then(Messages.get("records.lane.update")).otherwise(Messages.get("records.lane.add")));
        save.setOnAction(e -> {
            if (m.save()) {
                label.requestFocus();
            }
        });
        // Enter in any lane field adds or updates the lane, as the button does
        for (TextField f : new TextField[] {label, width, fromRp, entry, course, description}) {
            f.setOnAction(e -> save.fire());
        }
        ListView<LaneOrGap> list = new ListView<>(m.lanes);
        list.setId("lanes");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label(Messages.get("records.lane.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LaneOrGap l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : LaneEntryModel.line(l));
            }
        });
        list.setTooltip(new javafx.scene.control.Tooltip(Messages.get("records.lane.tip")));
        list.setOnKeyPressed(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0 && e.getCode() == KeyCode.ENTER) {
                m.edit(i);
                label.requestFocus();
            } else if (i >= 0 && e.getCode() == KeyCode.DELETE) {
                m.delete(i);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedIndex() >= 0) {
                m.edit(list.getSelectionModel().getSelectedIndex());
            }
        });
        Button delete = new Button(Messages.get("records.lane.delete"));
        delete.setId("deleteLane");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> m.delete(list.getSelectionModel().getSelectedIndex()));
        Button clear = new Button(Messages.get("records.lane.new"));
        clear.setOnAction(e -> m.clear());
        Label error = new Label();
        error.setId("laneError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00000;");
        error.textProperty().bind(m.error);
        return new VBox(4, sub, new HBox(8, save, clear, delete), error, list);
    }
}
