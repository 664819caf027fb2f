package org.mineledger.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import org.mineledger.model.HazardArea;

/**
 * Says which area a single-area action works on when several are selected in the table: the focused one (selected
 * last), which the map and the details show.
 */
public final class FocusedArea {
    private FocusedArea() {
    }

    /** With several areas selected, {@code item} reads e.g. "Area details (HA-0003 only)…"; otherwise as given. */
    public static void nameIn(MenuItem item, MainViewModel main) {
        String base = item.getText();
        item.textProperty().bind(Bindings.createStringBinding(() -> text(base, main), main.selection(),
                main.selectedProperty()));
    }

    /** The menu text {@code base} naming the focused area when several are selected. */
    static String text(String base, MainViewModel main) {
        HazardArea focus = main.selectedProperty().get();
        if (main.selection().size() < 2 || focus == null) {
            return base;
        }
        boolean ellipsis = base.endsWith("\u2026");
        return Messages.format("selection.focusedOnly", ellipsis ? base.substring(0, base.length() - 1) : base,
                focus.reference().value(), ellipsis ? "\u2026" : "");
    }

    /** Status bar note, shown only while several areas are selected: how many, and which one the map shows. */
    static Label selectionLabel(MainViewModel main) {
        Label l = new Label();
        l.setId("selectionCount");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.textProperty().bind(Bindings.createStringBinding(() -> main.selection().size() < 2
                || main.selectedProperty().get() == null ? "" : Messages.format("selection.count",
                        main.selection().size(), main.selectedProperty().get().reference().value()),
                main.selection(), main.selectedProperty()));
        l.visibleProperty().bind(Bindings.size(main.selection()).greaterThan(1));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
