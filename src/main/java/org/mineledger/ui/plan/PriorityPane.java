package org.mineledger.ui.plan;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.mineledger.plan.clearance.PriorityResult;
import org.mineledger.plan.clearance.PriorityWeights;
import org.mineledger.ui.Messages;

/** The priority weights to edit and the resulting order of the hazards with the reason for each. */
final class PriorityPane {
    private static final String[] KEYS = {"plan.weight.settlement", "plan.weight.road", "plan.weight.farmland",
        "plan.weight.water", "plan.weight.blocked", "plan.weight.community", "plan.weight.casualties",
        "plan.weight.reach"};
    private final PlannerViewModel model;
    private final TextField[] fields = new TextField[KEYS.length];
    private final TableView<PriorityResult> order = new TableView<>();
    private final VBox root;

    PriorityPane(PlannerViewModel model) {
        this.model = model;
        FlowPane form = new FlowPane(6, 4);
        PriorityWeights w = model.weightsProperty().get();
        double[] values = {w.settlement(), w.road(), w.farmland(), w.water(), w.blockedAccess(), w.communityRequest(),
            w.casualties(), w.reachM()};
        for (int i = 0; i < KEYS.length; i++) {
            fields[i] = new TextField(String.format(Locale.ROOT, "%.0f", values[i]));
            fields[i].setPrefColumnCount(5);
            form.getChildren().addAll(new Label(Messages.get(KEYS[i])), fields[i]);
        }
        Button apply = new Button(Messages.get("plan.weight.apply"));
        apply.setOnAction(e -> apply());
        form.getChildren().add(apply);
        column("plan.col.rank", r -> String.valueOf(r.rank()));
        column("plan.col.hazard", PriorityResult::reference);
        column("plan.col.blocked", r -> model.details(r.reference()).blockedAccess() ? "yes" : "");
        column("plan.col.request", r -> model.details(r.reference()).requestDate().map(Object::toString)
                .orElse(model.details(r.reference()).communityRequest() ? "yes" : ""));
        column("plan.col.casualties", r -> model.details(r.reference()).casualties() == 0 ? ""
                : String.valueOf(model.details(r.reference()).casualties()));
        column("plan.col.ground", r -> model.details(r.reference()).ground().map(Object::toString).orElse(""));
        column("plan.col.depth", r -> model.details(r.reference()).depthCm().isPresent()
                ? String.valueOf(model.details(r.reference()).depthCm().getAsInt()) : "");
        column("plan.col.why", PriorityResult::reason);
        order.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                model.selectedHazardProperty().set(r.reference());
            }
        });
        order.setId("planPriorities");
        model.prioritiesProperty().addListener((o, a, list) -> order.getItems().setAll(list == null ? List.of() : list));
        root = new VBox(8, new Label(Messages.get("plan.weight.hint")), form, order);
        root.setPadding(new Insets(8));
    }

    Node node() {
        return root;
    }

    private void column(String key, java.util.function.Function<PriorityResult, String> value) {
        TableColumn<PriorityResult, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        order.getColumns().add(col);
    }

    private void apply() {
        try {
            double[] v = new double[fields.length];
            for (int i = 0; i < v.length; i++) {
                try {
                    v[i] = Double.parseDouble(fields[i].getText().strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(Messages.get(KEYS[i]) + ": '" + fields[i].getText()
                            + "' is not a number.");
                }
            }
            model.weightsProperty().set(new PriorityWeights(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
        } catch (IllegalArgumentException ex) {
            Alert alert = new Alert(Alert.AlertType.ERROR, ex.getMessage());
            alert.setHeaderText(Messages.get("plan.weight.invalid"));
            alert.show();
        }
    }
}
