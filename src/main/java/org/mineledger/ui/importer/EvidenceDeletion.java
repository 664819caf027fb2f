package org.mineledger.ui.importer;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.SurveyEvidenceStore;
import org.mineledger.store.WorkspaceException;
import org.mineledger.ui.Messages;

/**
 * Deletion of wrongly imported survey evidence, from the evidence list or the map's right-click menu: the user
 * confirms, then each feature is deleted in its own transaction with one audit entry.
 */
public final class EvidenceDeletion {
    private EvidenceDeletion() {
    }

    /**
     * The map's menu for feature {@code e}: what it is (kind, name, hazard area, GPS time, source file and feature),
     * then Delete…, which asks, deletes, then runs {@code changed}.
     */
    public static ContextMenu menu(Window owner, SurveyEvidence e, SurveyEvidenceStore store, Runnable changed) {
        MenuItem about = new MenuItem(about(e));
        about.setId("aboutEvidence");
        about.setDisable(true);
        MenuItem delete = new MenuItem(Messages.format("evidence.map.delete", e.name().isEmpty() ? "#" + e.id()
                : e.name()));
        delete.setId("deleteEvidence");
        delete.setOnAction(x -> {
            try {
                confirmAndDelete(owner, store, List.of(e)).ifPresent(n -> changed.run());
            } catch (WorkspaceException failure) {
                changed.run();
                Alert failed = new Alert(Alert.AlertType.ERROR, failure.getMessage(), ButtonType.OK);
                failed.initOwner(owner);
                failed.showAndWait();
            }
        });
        return new ContextMenu(about, delete);
    }

    /** What feature {@code e} is: kind, name, hazard area, GPS time, source file and feature. */
    public static String about(SurveyEvidence e) {
        return Messages.format("evidence.map.about", Messages.get(e.isPoint() ? "evidence.point" : "evidence.line"),
                e.name().isEmpty() ? "#" + e.id() : e.name(),
                e.hazard() == null ? Messages.get("evidence.map.noHazard") : e.hazard().value(),
                e.time() == null ? Messages.get("evidence.map.noTime") : e.time().toString(),
                e.sourceFile() + ", " + e.sourceFeature());
    }

    /** The name shown beside feature {@code e} when the mouse rests on it on the map: what it is, and its menu. */
    public static String hoverText(SurveyEvidence e) {
        return about(e) + "\n" + Messages.get("evidence.map.hint");
    }

    /**
     * Asks whether to delete {@code chosen}; on Yes deletes them and returns how many, on No returns empty.
     *
     * @throws WorkspaceException when one cannot be deleted (those before it stay deleted, each being one change)
     */
    static Optional<Integer> confirmAndDelete(Window owner, SurveyEvidenceStore store, List<SurveyEvidence> chosen) {
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        SurveyEvidence first = chosen.get(0);
        String what = chosen.size() == 1 ? Messages.format("evidence.list.one", first.id(), first.name(),
                first.sourceFile()) : Messages.format("evidence.list.many", chosen.size());
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("evidence.list.confirm", what),
                ButtonType.YES, ButtonType.NO);
        ask.initOwner(owner);
        ask.setHeaderText(null);
        ask.getDialogPane().setId("evidenceConfirm");
        if (ask.showAndWait().filter(b -> b == ButtonType.YES).isEmpty()) {
            return Optional.empty();
        }
        for (SurveyEvidence e : chosen) {
            store.delete(e.id());
        }
        return Optional.of(chosen.size());
    }
}
