package org.mineledger.ui.edit;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Precision;
import org.mineledger.geo.validity.FixPreview;
import org.mineledger.geo.validity.PlaceText;
import org.mineledger.geo.validity.ValidityProblem;
import org.mineledger.ui.Messages;

/** The side panel while a boundary is edited: corner table, live measures, problems, fix preview, buttons. */
final class EditorPane {
    private final VBox node;
    private final PolygonEditModel model;
    private final ObservableValue<String> systemId;
    /** The narrowest the panel gets: "EPSG:3301 N 6433622.60 E 682537.12" and "Ring [Outer boundary] Add hole Delete hole". */
    static final double MIN_WIDTH = 360;
    private final Label title = new Label();

    /** The actions run by the buttons; {@code goTo} centres the map on a problem. */
    record Actions(Runnable save, Runnable cancel, Runnable showFix, Runnable acceptFix, Consumer<GeoPoint> goTo) {
    }

    EditorPane(PolygonEditModel model, ObservableValue<String> systemId, Actions actions) {
        this.model = model;
        this.systemId = systemId;
        title.setId("editTitle");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14;");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label();
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(switch (model.modeProperty().get()) {
            case DRAWING -> "edit.hint.drawing";
            case DRAWING_HOLE -> "geom.hint.hole";
            default -> "edit.hint.editing";
        }), model.modeProperty()));
        VertexTable table = new VertexTable(model, systemId);
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        Label error = new Label();
        error.setId("vertexError");
        error.setWrapText(true);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.setStyle("-fx-text-fill: #B00000;");
        error.textProperty().bind(model.tableErrorProperty());
        Label measures = new Label();
        measures.setId("editMeasures");
        measures.setWrapText(true);
        measures.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        measures.textProperty().bind(Bindings.createStringBinding(this::measures, model.areaProperty(),
                model.perimeterProperty()));
        ListView<ValidityProblem> problems = new ListView<>(model.problems());
        problems.setId("problemList");
        problems.setPrefHeight(130);
        problems.setMinHeight(76); // room for at least two faults, however long the fix preview below
        problems.setPlaceholder(new Label(Messages.get("edit.problems.none")));
        problems.setCellFactory(v -> new ProblemCell());
        // the places in the messages are written in the chosen system, like the corners in the table
        systemId.addListener((o, a, b) -> problems.refresh());
        problems.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null && p.location() != null) {
                actions.goTo().accept(p.location());
            }
            if (p != null && model.modeProperty().get() == PolygonEditModel.Mode.EDITING) {
                model.activeRingProperty().set(p.ring());
            }
            if (p != null && p.vertex() > 0 && p.vertex() <= model.corners().size()) {
                model.selectedProperty().set(p.vertex() - 1);
            }
        });
        Label fixSummary = new Label();
        fixSummary.setId("fixSummary");
        fixSummary.setWrapText(true);
        fixSummary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        fixSummary.textProperty().bind(Bindings.createStringBinding(this::fixText, model.fixPreviewProperty(),
                systemId));
        ScrollPane fixScroll = new ScrollPane(fixSummary);
        fixScroll.setFitToWidth(true);
        fixScroll.setPrefViewportHeight(150);
        fixScroll.setMinHeight(110); // six lines of notes; the corner table gives way first
        fixScroll.visibleProperty().bind(model.fixPreviewProperty().isNotNull());
        fixScroll.managedProperty().bind(fixScroll.visibleProperty());
        Button showFix = button("edit.fix.show", "showFixButton", actions.showFix());
        showFix.disableProperty().bind(Bindings.isEmpty(model.problems()));
        Button acceptFix = button("edit.fix.accept", "acceptFixButton", actions.acceptFix());
        acceptFix.disableProperty().bind(Bindings.createBooleanBinding(() -> model.fixPreviewProperty().get() == null
                || !model.fixPreviewProperty().get().acceptable(), model.fixPreviewProperty()));
        Button undo = button("edit.undo", "undoButton", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("edit.redo", "redoButton", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button save = button("edit.save", "saveEditButton", actions.save());
        save.setDefaultButton(false);
        Button cancel = button("edit.cancel", "cancelEditButton", actions.cancel());
        node = new VBox(6, title, hint, new RingChooser(model).node(), table.node(), error, measures, new Label(Messages.get("edit.problems")),
                problems, new HBox(6, showFix, acceptFix), fixScroll, new HBox(6, undo, redo, save, cancel));
        node.setPadding(new Insets(8));
        node.setId("editorPane");
        node.setUserData(model); // lets tests and tools reach the state behind the panel
        // wide enough for a national-grid corner with centimetres and for the ring chooser's buttons
        node.setMinWidth(MIN_WIDTH);
    }

    VBox node() {
        return node;
    }

    void setTitle(String text) {
        title.setText(text);
    }

    private String measures() {
        double a = model.areaProperty().get();
        if (Double.isNaN(a)) {
            return Messages.get("edit.measures.none");
        }
        return Messages.format("edit.measures", String.format(Locale.ROOT, "%.1f", a),
                String.format(Locale.ROOT, "%.4f", a / 10_000),
                String.format(Locale.ROOT, "%.2f", model.perimeterProperty().get()));
    }

    private String fixText() {
        FixPreview f = model.fixPreviewProperty().get();
        if (f == null) {
            return "";
        }
        String what = f.acceptable() ? Messages.get("edit.fix.single")
                : f.singlePolygon().isPresent() ? Messages.get("validity.fix.remaining")
                : f.parts() > 1 ? Messages.format("edit.fix.multi", f.parts()) : Messages.get("validity.fix.nothing");
        StringBuilder text = new StringBuilder(f.summary()).append(". ").append(what);
        f.explanation().forEach(line -> text.append("\n• ").append(line));
        return inChosenSystem(text.toString());
    }

    /** The text with its places written in the coordinate system chosen in the status bar. */
    private String inChosenSystem(String text) {
        String id = systemId.getValue();
        if (id == null) {
            return text;
        }
        CoordinateFormatter formatter = new CoordinateFormatter(CoordinateSystem.of(id), Precision.DECIMETRE);
        return PlaceText.rewrite(text, formatter::format);
    }

    private static Button button(String key, String id, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A problem with a mark for its severity. */
    private final class ProblemCell extends ListCell<ValidityProblem> {
        ProblemCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ValidityProblem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setStyle("");
                return;
            }
            setText((p.blocksSaving() ? "✖ " : "⚠ ") + inChosenSystem(p.message()));
            setStyle(p.blocksSaving() ? "-fx-text-fill: #B00000;" : "-fx-text-fill: #9A5B00;");
        }
    }
}
