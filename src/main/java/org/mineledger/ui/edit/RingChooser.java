package org.mineledger.ui.edit;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.mineledger.ui.Messages;

/** Above the vertex table: which ring the table and the map edit (outer boundary, hole 1, …), add and delete holes. */
final class RingChooser {
    private final FlowPane node;
    private final ComboBox<String> rings = new ComboBox<>();
    private final PolygonEditModel model;
    private boolean syncing;

    RingChooser(PolygonEditModel model) {
        this.model = model;
        rings.setId("ringChooser");
        rings.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing && b.intValue() >= 0) {
                model.activeRingProperty().set(b.intValue());
            }
        });
        rings.disableProperty().bind(model.modeProperty().isNotEqualTo(PolygonEditModel.Mode.EDITING));
        model.holes().countProperty().addListener((o, a, b) -> rebuild());
        model.activeRingProperty().addListener((o, a, b) -> select());
        Button add = new Button(Messages.get("geom.hole.add"));
        add.setId("addHoleButton");
        add.setOnAction(e -> model.holes().start());
        add.disableProperty().bind(model.modeProperty().isNotEqualTo(PolygonEditModel.Mode.EDITING));
        Button delete = new Button(Messages.get("geom.hole.delete"));
        delete.setId("deleteHoleButton");
        delete.setOnAction(e -> model.holes().delete(model.activeRingProperty().get()));
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> model.activeRingProperty().get() == 0
                || model.modeProperty().get() != PolygonEditModel.Mode.EDITING, model.activeRingProperty(),
                model.modeProperty()));
        Label label = new Label(Messages.get("geom.ring.label"));
        // the chooser and buttons keep their words; the pane is made wide enough for them (EditorPane)
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {label, rings, add, delete}) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // the buttons go to a second line rather than past the panel's right edge
        node = new FlowPane(6, 4, label, rings, add, delete);
        node.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        rebuild();
    }

    FlowPane node() {
        return node;
    }

    private void rebuild() {
        List<String> names = new ArrayList<>(List.of(Messages.get("geom.ring.outer")));
        for (int i = 1; i <= model.holes().countProperty().get(); i++) {
            names.add(Messages.format("geom.ring.hole", i));
        }
        syncing = true;
        try {
            rings.getItems().setAll(names);
        } finally {
            syncing = false;
        }
        select();
    }

    private void select() {
        syncing = true;
        try {
            rings.getSelectionModel().select(model.activeRingProperty().get());
        } finally {
            syncing = false;
        }
    }
}
