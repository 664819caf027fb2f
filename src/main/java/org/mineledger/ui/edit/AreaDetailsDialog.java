package org.mineledger.ui.edit;

import java.time.Instant;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;
import org.mineledger.ui.Messages;

/**
 * Edit › Area details…: the name, kind, status and notes of a stored hazard area, as survey results change them
 * (a suspected area confirmed after a find, cancelled by non-technical survey, reduced by technical survey).
 */
final class AreaDetailsDialog {
    private AreaDetailsDialog() {
    }

    /** Asks for the new details of {@code area}; empty when the user cancels or changes nothing. */
    static Optional<HazardArea> ask(Window owner, HazardArea area, Instant now) {
        Dialog<HazardArea> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("edit.details.title"));
        dialog.setHeaderText(Messages.format("edit.details.header", area.reference().value()));
        dialog.getDialogPane().setId("areaDetails");
        TextField name = new TextField(area.name());
        name.setId("areaDetailsName");
        ComboBox<HazardKind> kind = LabelledCombo.of("areaDetailsKind", HazardKind.values(), area.kind(),
                k -> k.code() + " — " + k.label());
        ComboBox<HazardStatus> status = LabelledCombo.of("areaDetailsStatus", HazardStatus.values(), area.status(),
                HazardStatus::label);
        TextArea notes = new TextArea(area.notes());
        notes.setId("areaDetailsNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.get("edit.new.name")), name);
        grid.addRow(1, new Label(Messages.get("edit.new.kind")), kind);
        grid.addRow(2, new Label(Messages.get("edit.details.status")), status);
        grid.addRow(3, new Label(Messages.get("edit.details.notes")), notes);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? area.withDetails(name.getText().strip(), kind.getValue(), notes.getText(), now)
                        .withStatus(status.getValue(), now)
                : null);
        return dialog.showAndWait().filter(changed -> !sameDetails(area, changed));
    }

    private static boolean sameDetails(HazardArea a, HazardArea b) {
        return a.name().equals(b.name()) && a.kind() == b.kind() && a.status() == b.status()
                && a.notes().equals(b.notes());
    }
}
