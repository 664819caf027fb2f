package org.mineledger.ui.records;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.Distance;
import org.mineledger.geo.NorthReference;
import org.mineledger.model.RecordStatus;
import org.mineledger.model.laid.ComplianceFinding;
import org.mineledger.model.laid.Emplacement;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.model.laid.MineCategory;
import org.mineledger.model.laid.MineEntry;
import org.mineledger.model.laid.MinefieldType;
import org.mineledger.ui.Messages;
import org.mineledger.ui.edit.NorthFields;

/** The laid-minefield form: every field with its unit and error, strips and mines, compliance, revisions. */
public final class LaidMinefieldForm {
    private final LaidMinefieldFormModel model;
    private final SplitPane root = new SplitPane();
    private final Label status = new Label();
    private ScrollPane scroll;

    /**
     * @param model   the form's state
     * @param onError shows the last failure of an action to the user (a dialog in the app)
     */
    public LaidMinefieldForm(LaidMinefieldFormModel model, java.util.function.Consumer<RuntimeException> onError) {
        this.model = model;
        FieldGrid g = new FieldGrid(model.errors);
        g.section("records.laid.identity");
        g.text("records.laid.number", "number", model.number, "number");
        ChoiceBox<MinefieldType> type = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                MinefieldType.values()));
        type.setId("type");
        type.setConverter(org.mineledger.ui.EnumLabels.converter(MinefieldType.class));
        type.valueProperty().bindBidirectional(model.type);
        g.add("records.laid.type", type, null);
        g.text("records.laid.unit", "unit", model.unit, null);
        g.text("records.laid.authority", "authority", model.authority, null);
        g.text("records.laid.officer", "officer", model.officer, null);
        g.text("records.laid.classification", "classification", model.classification, null);
        g.text("records.laid.started", "started", model.started, "started");
        g.text("records.laid.completed", "completed", model.completed, "completed");
        g.section("records.laid.location");
        g.text("records.laid.landmark", "landmark", model.landmarkText, null);
        g.text("records.laid.landmarkPosition", "landmarkPosition", model.landmarkPosition, "landmarkPosition");
        ComboBox<AngleUnit> unit = NorthFields.choice("angleUnit", AngleUnit.values(), AngleUnit.DEGREES);
        unit.valueProperty().bindBidirectional(model.angleUnit);
        g.add("records.laid.angleUnit", unit, null);
        ComboBox<NorthReference> north = NorthFields.choice("north", NorthReference.values(), NorthReference.TRUE);
        north.valueProperty().bindBidirectional(model.north);
        g.add("records.laid.north", north, null);
        NorthFields northFields = new NorthFields(model.northEntry, "laid");
        g.add("records.laid.grid", northFields.grid(), "grid");
        HBox declination = new HBox(6, northFields.declination(), northFields.date());
        g.add("records.laid.declination", declination, "declination");
        g.text("records.laid.landmarkToRp", "landmarkToRp", model.landmarkToRp, "landmarkToRp");
        g.text("records.laid.rpToTp1", "rpToTp1", model.rpToTp1, "rpToTp1");
        g.area("records.laid.perimeter", "perimeter", model.perimeter, "perimeter");
        g.text("records.laid.tolerance", "tolerance", model.tolerance, "tolerance");
        g.section("records.laid.strips");
        mineRows(g);
        g.section("records.laid.lanes");
        g.wide(LanesPane.of(model.lanes));
        g.section("records.laid.marking");
        g.text("records.laid.markingSigns", "marking", model.marking, null);
        g.text("records.laid.fencing", "fencing", model.fencing, null);
        g.text("records.laid.monitoring", "monitoring", model.monitoring, null);
        g.text("records.laid.laidBy", "laidBy", model.laidBy, null);
        g.text("records.laid.verifiedBy", "verifiedBy", model.verifiedBy, null);
        g.text("records.laid.notes", "notes", model.notes, null);
        Label recordError = new Label();
        recordError.setId("recordError");
        recordError.setWrapText(true);
        recordError.setStyle("-fx-text-fill: #b00000;");
        recordError.textProperty().bind(Bindings.createStringBinding(() -> model.errors.getOrDefault("record",
                model.errors.getOrDefault("strips", "")), model.errors));
        g.wide(recordError);

        Button save = new Button();
        save.setId("save");
        save.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(model.current.get() != null
                && model.current.get().status().isLocked() ? "records.laid.saveCorrection" : "records.laid.save"),
                model.current));
        Label saveError = new Label();
        saveError.setId("saveError");
        saveError.setWrapText(true);
        saveError.setStyle("-fx-text-fill: #b00000;");
        save.setOnAction(e -> act(onError, () -> {
            saveError.setText("");
            if (!model.save()) {
                showFirstFault(g, saveError);
            }
        }));
        Button submit = new Button(Messages.get("records.laid.submit"));
        submit.setId("submit");
        submit.setOnAction(e -> act(onError, model::submit));
        submit.disableProperty().bind(Bindings.createBooleanBinding(() -> model.current.get() == null
                || model.current.get().status() != RecordStatus.DRAFT, model.current));
        Button sign = new Button(Messages.get("records.laid.signOff"));
        sign.setId("signOff");
        sign.setOnAction(e -> askSigner().ifPresent(s -> act(onError, () -> model.signOff(s[0], s[1]))));
        sign.disableProperty().bind(Bindings.createBooleanBinding(() -> model.current.get() == null
                || model.current.get().status() != RecordStatus.SUBMITTED, model.current));
        status.setId("recordStatus");
        status.textProperty().bind(Bindings.createStringBinding(() -> model.current.get() == null
                ? Messages.get("records.laid.new") : Messages.format("records.laid.status", model.current.get()
                .number() + " rev " + model.current.get().revision() + " — " + model.current.get().status().label()),
                model.current));
        Button print = new Button(Messages.get("records.laid.print"));
        print.setId("print");
        print.disableProperty().bind(model.current.isNull());
        print.setOnAction(e -> PrintAction.run(model, root.getScene().getWindow(), (HBox) status.getParent(), onError));
        Button convert = new Button(Messages.get("records.laid.convert"));
        convert.setId("convert");
        convert.disableProperty().bind(Bindings.createBooleanBinding(() -> model.current.get() == null
                || model.current.get().status() != RecordStatus.SIGNED_OFF || model.current.get().hazardId() != 0,
                model.current));
        convert.setOnAction(e -> act(onError, model::convert));
        HBox buttons = new HBox(8, save, submit, sign, print, convert, status);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        VBox left = new VBox(g.node(), buttons);
        left.setPadding(new Insets(10));
        left.getChildren().add(saveError);
        scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        root.getItems().addAll(scroll, sidePanel());
        root.setDividerPositions(0.68);
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                        save::fire);
            }
        });
    }

    public Parent root() {
        return root;
    }

    /**
     * After a refused save: says beside the buttons how many fields are wrong and what the first is, and brings
     * that field into view with the cursor in it (the form is long; its error line may be far above).
     */
    private void showFirstFault(FieldGrid g, Label saveError) {
        java.util.Optional<FieldGrid.Fault> first = g.firstFault();
        String what = first.map(f -> f.label() + ": " + f.message())
                .orElse(model.errors.isEmpty() ? "" : model.errors.values().iterator().next());
        saveError.setText(Messages.format("records.laid.notSaved", model.errors.size(), what));
        first.ifPresent(f -> {
            f.field().requestFocus();
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(f.field().localToScene(f.field().getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / room)));
        });
    }

    private static void act(java.util.function.Consumer<RuntimeException> onError, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    private VBox sidePanel() {
        ListView<ComplianceFinding> compliance = new ListView<>(model.findings);
        compliance.setId("findings");
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(model.checked.get()
                ? "records.laid.compliant" : "records.laid.notChecked"), model.checked));
        compliance.setPlaceholder(placeholder);
        compliance.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ComplianceFinding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.toString());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        ListView<LaidMinefieldRevision> revisions = new ListView<>(model.revisions);
        revisions.setId("revisions");
        revisions.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(LaidMinefieldRevision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : "rev " + r.revision() + " — " + r.status().label()
                        + (r.signOff() == null ? "" : " by " + r.signOff().name()));
            }
        });
        ListView<String> history = new ListView<>();
        history.setId("history");
        revisions.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            history.getItems().clear();
            if (r != null) {
                model.history(r).forEach(e -> history.getItems().add(e.seq() + "  " + e.time() + "  " + e.user()
                        + "  " + e.action()));
            }
        });
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(model.summary);
        VBox side = new VBox(6, summary, new Label(Messages.get("records.laid.compliance")), compliance,
                new Label(Messages.get("records.laid.revisions")), revisions,
                new Label(Messages.get("records.laid.history")), history);
        side.setPadding(new Insets(10));
        return side;
    }

    private void mineRows(FieldGrid g) {
        GridPane sub = new GridPane();
        sub.setHgap(6);
        sub.setVgap(4);
        TextField strip = FieldGrid.field(sub, "records.laid.strip", "rowStrip", 0, 0);
        TextField start = FieldGrid.field(sub, "records.laid.startMarker", "rowStart", 1, 0);
        TextField end = FieldGrid.field(sub, "records.laid.endMarker", "rowEnd", 2, 0);
        TextField fromRp = FieldGrid.field(sub, "records.laid.fromRp", "rowFromRp", 0, 2);
        TextField legs = FieldGrid.field(sub, "records.laid.legs", "rowLegs", 1, 2);
        TextField modelName = FieldGrid.field(sub, "records.laid.model", "rowModel", 2, 2);
        ChoiceBox<MineCategory> cat = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                MineCategory.values()));
        cat.setValue(MineCategory.AT);
        cat.setConverter(org.mineledger.ui.EnumLabels.converter(MineCategory.class));
        cat.setId("rowCategory");
        sub.add(new Label(Messages.get("records.laid.category")), 0, 4);
        sub.add(cat, 0, 5);
        TextField count = FieldGrid.field(sub, "records.laid.count", "rowCount", 1, 4);
        TextField spacing = FieldGrid.field(sub, "records.laid.spacing", "rowSpacing", 2, 4);
        TextField fuze = FieldGrid.field(sub, "records.laid.fuze", "rowFuze", 0, 6);
        TextField ahd = FieldGrid.field(sub, "records.laid.ahd", "rowAhd", 1, 6);
        ChoiceBox<Emplacement> how = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                Emplacement.values()));
        how.setValue(Emplacement.HAND);
        how.setConverter(org.mineledger.ui.EnumLabels.converter(Emplacement.class));
        sub.add(new Label(Messages.get("records.laid.emplacement")), 2, 6);
        sub.add(how, 2, 7);
        TextField sd = FieldGrid.field(sub, "records.laid.sd", "rowSd", 0, 8);
        TextField sda = FieldGrid.field(sub, "records.laid.sda", "rowSda", 1, 8);
        Label rowError = new Label();
        rowError.setId("rowError");
        rowError.setWrapText(true);
        rowError.setStyle("-fx-text-fill: #b00000;");
        Button add = new Button(Messages.get("records.laid.addRow"));
        add.setId("addRow");
        add.setOnAction(e -> {
            try {
                MineEntry m = modelName.getText().isBlank() ? null : new MineEntry(modelName.getText(),
                        cat.getValue(), Integer.parseInt(count.getText().strip()),
                        new Distance(Double.parseDouble(spacing.getText().strip())), fuze.getText(), ahd.getText(),
                        how.getValue(), days(sd.getText()), days(sda.getText()));
                model.mineRows.add(new MineRow(strip.getText().strip(), start.getText(), end.getText(),
                        fromRp.getText(), legs.getText(), m));
                rowError.setText("");
                modelName.clear();
                count.clear();
                modelName.requestFocus();
            } catch (NumberFormatException ex) {
                rowError.setText("Count must be a whole number and spacing a number in metres.");
            } catch (IllegalArgumentException | NullPointerException ex) {
                rowError.setText(ex.getMessage());
            }
        });
        sub.add(add, 2, 9);
        sub.add(rowError, 0, 10, 3, 1);
        ListView<MineRow> rows = new ListView<>(model.mineRows);
        rows.setId("mineRows");
        rows.setPrefHeight(110);
        rows.setTooltip(new javafx.scene.control.Tooltip(Messages.get("records.laid.rows.tip")));
        rows.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && rows.getSelectionModel().getSelectedItem() != null) {
                model.mineRows.remove(rows.getSelectionModel().getSelectedItem());
            }
        });
        g.wide(new VBox(4, sub, rows));
    }

    private static Duration days(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Duration.ofMinutes(Math.round(Double.parseDouble(text.strip()) * 1440));
    }

    /** Asks for the signer's name and role; empty when cancelled. */
    private Optional<String[]> askSigner() {
        Dialog<String[]> d = new Dialog<>();
        d.setTitle(Messages.get("records.signoff.title"));
        TextField name = new TextField();
        name.setId("signerName");
        TextField role = new TextField();
        role.setId("signerRole");
        GridPane p = new GridPane();
        p.setHgap(8);
        p.setVgap(6);
        p.addRow(0, new Label(Messages.get("records.signoff.name")), name);
        p.addRow(1, new Label(Messages.get("records.signoff.role")), role);
        d.getDialogPane().setContent(p);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new String[] {name.getText(), role.getText()} : null);
        d.setOnShown(e -> javafx.application.Platform.runLater(name::requestFocus));
        return d.showAndWait();
    }
}
