package org.mineledger.ui.plan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.mineledger.plan.clearance.AssetType;
import org.mineledger.plan.clearance.GroundClass;
import org.mineledger.ui.Messages;

/** The asset catalogue as a table, with a form to change the selected type's figures and their source. */
final class AssetEditor {
    private final PlannerViewModel model;
    private final TableView<AssetType> table = new TableView<>();
    private final TextField teamSize = new TextField();
    private final TextField dailyCost = new TextField();
    private final TextField source = new TextField();
    private final Map<GroundClass, TextField> rates = new HashMap<>();
    private final VBox root;

    AssetEditor(PlannerViewModel model) {
        this.model = model;
        table.setId("planAssets");
        column("plan.asset.code", AssetType::code);
        column("plan.asset.name", AssetType::name);
        column("plan.asset.teamSize", a -> String.valueOf(a.teamSize()));
        column("plan.asset.dailyCost", a -> String.format(Locale.ROOT, "%,.0f", a.dailyCostUsd()));
        column("plan.asset.medium", a -> String.format(Locale.ROOT, "%.0f", a.m2PerDay(GroundClass.parse("medium/firm"))));
        column("plan.asset.source", AssetType::source);
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.addRow(0, new Label(Messages.get("plan.asset.teamSize")), teamSize,
                new Label(Messages.get("plan.asset.dailyCost")), dailyCost);
        int row = 1;
        for (GroundClass.Vegetation v : GroundClass.Vegetation.values()) {
            form.add(new Label(v.name().toLowerCase(Locale.ROOT)), 0, row);
            int col = 1;
            for (GroundClass.Soil s : GroundClass.Soil.values()) {
                TextField f = new TextField();
                f.setPromptText(s.name().toLowerCase(Locale.ROOT) + " m²/day");
                f.setPrefColumnCount(6);
                rates.put(new GroundClass(v, s), f);
                form.add(f, col++, row);
            }
            row++;
        }
        source.setPrefColumnCount(50);
        form.add(new Label(Messages.get("plan.asset.source")), 0, row);
        form.add(source, 1, row, 4, 1);
        Button save = new Button(Messages.get("plan.asset.save"));
        save.setOnAction(e -> save());
        save.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        form.add(save, 1, row + 1);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> fill(t));
        root = new VBox(8, table, new Label(Messages.get("plan.asset.hint")), form);
        root.setPadding(new Insets(8));
        reload();
    }

    Node node() {
        return root;
    }

    private void column(String key, java.util.function.Function<AssetType, String> value) {
        TableColumn<AssetType, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        table.getColumns().add(col);
    }

    private void reload() {
        table.getItems().setAll(model.catalogue().types());
    }

    private void fill(AssetType t) {
        if (t == null) {
            return;
        }
        teamSize.setText(String.valueOf(t.teamSize()));
        dailyCost.setText(String.format(Locale.ROOT, "%.0f", t.dailyCostUsd()));
        rates.forEach((g, f) -> f.setText(String.format(Locale.ROOT, "%.0f", t.m2PerDay(g))));
        source.setText(t.source());
    }

    private void save() {
        AssetType t = table.getSelectionModel().getSelectedItem();
        try {
            Map<GroundClass, Double> productivity = new HashMap<>();
            for (Map.Entry<GroundClass, TextField> e : rates.entrySet()) {
                productivity.put(e.getKey(), number(e.getValue().getText(), e.getKey().code() + " m²/day"));
            }
            model.saveAsset(t.withFigures((int) number(teamSize.getText(), Messages.get("plan.asset.teamSize")),
                    number(dailyCost.getText(), Messages.get("plan.asset.dailyCost")), productivity, source.getText()));
            reload();
        } catch (IllegalArgumentException ex) {
            Alert alert = new Alert(Alert.AlertType.ERROR, ex.getMessage());
            alert.setHeaderText(Messages.get("plan.asset.invalid"));
            alert.show();
        }
    }

    private static double number(String text, String field) {
        try {
            return Double.parseDouble(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a number.");
        }
    }
}
