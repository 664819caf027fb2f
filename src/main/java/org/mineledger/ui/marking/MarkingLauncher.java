package org.mineledger.ui.marking;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.marking.Sign;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;
import org.mineledger.ui.MainViewModel;
import org.mineledger.ui.Messages;
import org.mineledger.ui.map.BackgroundLayer;
import org.mineledger.ui.map.MapView;

/**
 * The main map's marking-sign layer: the stored plan of the selected area, read in the background, and while the
 * marking dialog is open its preview; on closing, the map shows the area's stored plan again (the new one when it
 * was saved).
 */
public final class MarkingLauncher {
    private final MainViewModel main;
    private final MapView map;
    private final BackgroundLayer<List<Sign>> signs;
    private MarkingDialog open;

    public MarkingLauncher(MainViewModel main, MapView map) {
        this.main = main;
        this.map = map;
        this.signs = new BackgroundLayer<>(map.signsProperty(), List.of(), "signs");
    }

    /** Shows the signs of the area's latest stored marking plan, read in the background; none for no area. */
    public void showStored(HazardArea area) {
        Optional<Workspace> ws = main.workspace();
        if (area == null || ws.isEmpty()) {
            signs.show(List.of());
        } else {
            signs.load(() -> new MonitoringStore(ws.get()).latestSigns(area.reference()));
        }
    }

    /** "Marking plan…" for the selected area; disabled when none is selected. */
    public MenuItem menuItem(Supplier<Window> owner) {
        MenuItem item = new MenuItem(Messages.get("marking.menu"));
        item.setId("openMarking");
        item.disableProperty().bind(main.selectedProperty().isNull());
        org.mineledger.ui.FocusedArea.nameIn(item, main);
        item.setOnAction(e -> show(owner.get()));
        return item;
    }

    /** Opens the dialog for the selected area (closing one already open). */
    public void show(Window owner) {
        HazardArea area = main.selectedProperty().get();
        if (area == null || main.workspace().isEmpty()) {
            return;
        }
        if (open != null) {
            open.stage().close();
        }
        MarkingViewModel model = new MarkingViewModel(main.workspace().get(), area, map.baseMapsProperty().get());
        MarkingDialog dialog = new MarkingDialog(model, owner);
        model.planProperty().addListener((o, a, b) -> preview(model));
        preview(model);
        dialog.stage().setOnHidden(e -> {
            showStored(main.selectedProperty().get()); // the user may have selected another area meanwhile
            if (open == dialog) {
                open = null;
            }
        });
        open = dialog;
        dialog.stage().show();
    }

    /** The dialog now open, for tests and for bringing it forward. */
    public MarkingViewModel openModel() {
        return open == null ? null : open.model();
    }

    private void preview(MarkingViewModel model) {
        signs.show(model.planProperty().get() == null ? List.of() : model.planProperty().get().signs());
    }
}
