package org.mineledger.ui.edit;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.ui.Messages;

/** Asks the name and kind of a new hazard area before it is drawn; its reference is the workspace's next one. */
final class NewAreaDialog {
    private NewAreaDialog() {
    }

    static Optional<NewAreaDetails> ask(Window owner, HazardReference reference) {
        Dialog<NewAreaDetails> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("edit.new.title"));
        dialog.setHeaderText(Messages.format("edit.new.header", reference.value()));
        TextField name = new TextField();
        name.setId("newAreaName");
        name.setPromptText(Messages.get("edit.new.name.prompt"));
        ComboBox<HazardKind> kind = LabelledCombo.of("newAreaKind", HazardKind.values(), HazardKind.SUSPECTED,
                k -> k.code() + " — " + k.label());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.get("edit.new.name")), name);
        grid.addRow(1, new Label(Messages.get("edit.new.kind")), kind);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new NewAreaDetails(reference, name.getText(), kind.getValue(), HazardStatus.ACTIVE) : null);
        javafx.application.Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }
}
