package org.mineledger.ui.marking;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.marking.Sign;
import org.mineledger.store.MonitoringStore;
import org.mineledger.ui.MainViewModel;
import org.mineledger.ui.Messages;
import org.mineledger.ui.map.MapView;

/**
 * Opens the marking dialog for the selected area and previews its signs on the main map while it is open; on
 * closing, the map shows the area's stored plan again (the new one when it was saved).
 */
public final class MarkingLauncher {
    private final MainViewModel main;
    private final MapView map;
    private MarkingDialog open;

    public MarkingLauncher(MainViewModel main, MapView map) {
        this.main = main;
        this.map = map;
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
            HazardArea now = main.selectedProperty().get(); // the user may have selected another area meanwhile
            map.signsProperty().set(now == null ? List.of() : stored(now));
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
        map.signsProperty().set(model.planProperty().get() == null ? List.of() : model.planProperty().get().signs());
    }

    private List<Sign> stored(HazardArea area) {
        return main.workspace().map(ws -> new MonitoringStore(ws).latestSigns(area.reference())).orElse(List.of());
    }
}
