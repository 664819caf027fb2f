package org.mineledger.ui.records;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.ui.Messages;

/** The land-release form of one hazard area, with the area accounting always shown. */
public final class LandReleaseForm {
    private final VBox root;

    public LandReleaseForm(LandReleaseFormModel model) {
        FieldGrid g = new FieldGrid(model.errors, true);
        g.section("records.release.title");
        g.add("records.release.hazard", new Label(model.hazard().reference() + " — " + model.hazard().name()), null);
        ChoiceBox<ReleaseKind> kind = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                ReleaseKind.values()));
        kind.setId("releaseKind");
        kind.setConverter(org.mineledger.ui.EnumLabels.converter(ReleaseKind.class));
        kind.valueProperty().bindBidirectional(model.kind);
        g.add("records.release.kind", kind, null);
        g.text("records.release.method", "releaseMethod", model.method, "method");
        g.text("records.release.date", "releaseDate", model.date, "date");
        g.area("records.release.corners", "releaseCorners", model.corners, "corners");
        Button save = new Button(Messages.get("records.release.save"));
        save.setMnemonicParsing(true);
        save.setId("saveRelease");
        save.getStyleClass().add("records-save");
        save.setOnAction(e -> model.save());
        Label accounting = new Label();
        accounting.setId("accounting");
        accounting.setWrapText(true);
        accounting.textProperty().bind(model.accounting);
        Label preview = new Label();
        preview.setId("accountingPreview");
        preview.setWrapText(true);
        preview.textProperty().bind(model.preview);
        root = new VBox(8, g.node(), save, new Label(Messages.get("records.release.accounting")), accounting,
                preview);
        root.setPadding(new Insets(10));
    }

    public Parent root() {
        return root;
    }
}
