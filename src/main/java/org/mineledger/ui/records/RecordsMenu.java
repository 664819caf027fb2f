package org.mineledger.ui.records;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.Workspace;
import org.mineledger.ui.MainViewModel;
import org.mineledger.ui.Messages;

/** The "Records" menu of the main window: opens the laid-minefield and land-release forms. */
public final class RecordsMenu {
    private final MainViewModel main;
    private final Supplier<Window> owner;

    public RecordsMenu(MainViewModel main, Supplier<Window> owner) {
        this.main = main;
        this.owner = owner;
    }

    public Menu menu() {
        MenuItem newLaid = new MenuItem(Messages.get("records.menu.newLaid"));
        newLaid.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        newLaid.setOnAction(e -> workspace(ws -> openLaid(ws, null)));
        MenuItem openLaid = new MenuItem(Messages.get("records.menu.openLaid"));
        openLaid.setOnAction(e -> workspace(ws -> {
            List<String> numbers = new LaidMinefieldStore(ws).latest().stream().map(LaidMinefieldRevision::number)
                    .toList();
            if (numbers.isEmpty()) {
                error(new IllegalArgumentException(Messages.get("records.none")));
                return;
            }
            ChoiceDialog<String> d = new ChoiceDialog<>(numbers.get(0), numbers);
            d.setTitle(Messages.get("records.open.title"));
            d.setHeaderText(Messages.get("records.open.header"));
            d.initOwner(owner.get());
            d.showAndWait().ifPresent(n -> openLaid(ws, n));
        }));
        MenuItem release = new MenuItem(Messages.get("records.menu.release"));
        release.setOnAction(e -> workspace(ws -> {
            var h = main.selectedProperty().get();
            if (h == null) {
                error(new IllegalArgumentException(Messages.get("records.release.noHazard")));
                return;
            }
            show(Messages.get("records.release.title") + " — " + h.reference(),
                    new LandReleaseForm(new LandReleaseFormModel(new SurveyStore(ws), h)).root());
        }));
        MenuItem hazardRecords = new MenuItem(Messages.get("records.menu.hazardRecords"));
        hazardRecords.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+H"));
        hazardRecords.setOnAction(e -> workspace(ws -> {
            var h = main.selectedProperty().get();
            if (h == null) {
                error(new IllegalArgumentException(Messages.get("records.release.noHazard")));
                return;
            }
            SurveyStore store = new SurveyStore(ws);
            show(Messages.get("records.hazard.title") + " — " + h.reference(), new HazardRecordsForm(store,
                    new SurveyVisitFormModel(store, h), new OrdnanceFindFormModel(store, h),
                    new LandReleaseFormModel(store, h)).root());
        }));
        org.mineledger.ui.FocusedArea.nameIn(release, main);
        org.mineledger.ui.FocusedArea.nameIn(hazardRecords, main);
        return new Menu(Messages.get("records.menu"), null, newLaid, openLaid, release, hazardRecords);
    }

    private void openLaid(Workspace ws, String number) {
        LaidMinefieldFormModel m = new LaidMinefieldFormModel(new LaidMinefieldStore(ws), ws.trainingBanner());
        if (number != null) {
            m.load(number);
        }
        show(Messages.get("records.laid.title"), new LaidMinefieldForm(m, this::error).root());
    }

    private void show(String title, Parent content) {
        Stage s = new Stage();
        s.initOwner(owner.get());
        s.setTitle(title);
        s.setScene(new Scene(content, 1150, 800));
        s.setOnHidden(e -> main.reload());
        s.show();
    }

    private void workspace(java.util.function.Consumer<Workspace> action) {
        try {
            main.workspace().ifPresent(action);
        } catch (RuntimeException e) {
            error(e);
        }
    }

    private void error(RuntimeException e) {
        Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
        a.setHeaderText(null);
        a.initOwner(owner.get());
        a.showAndWait();
    }
}
