package org.mineledger.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.mineledger.ui.map.MapTool;
import org.mineledger.ui.map.MapView;
import org.mineledger.ui.map.MeasureTool;

/** The View menu: zoom, geodesic measure tools and the map's layers (base map, hazard fills and labels, legend). */
final class ViewMenu {
    private final MapView map;

    ViewMenu(MapView map) {
        this.map = map;
    }

    Menu menu() {
        MenuItem zoomAll = item("menu.view.zoomAll", "Shortcut+0");
        zoomAll.setOnAction(e -> map.zoomToAll());
        MenuItem distance = item("menu.view.measureDistance", "Shortcut+M");
        distance.setOnAction(e -> measure(MeasureTool.Mode.DISTANCE));
        MenuItem area = item("menu.view.measureArea", "Shortcut+Shift+M");
        area.setOnAction(e -> measure(MeasureTool.Mode.AREA));
        MenuItem stop = item("menu.view.measureStop", null);
        stop.setOnAction(e -> {
            if (map.toolProperty().get() instanceof MeasureTool) {
                map.toolProperty().set(null);
            }
        });
        stop.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !(map.toolProperty().get() instanceof MeasureTool), map.toolProperty()));
        CheckMenuItem baseMap = check("menu.view.baseMap", "showBaseMap");
        baseMap.selectedProperty().bindBidirectional(map.baseMapVisibleProperty());
        CheckMenuItem legend = check("menu.view.legend", "showLegend");
        legend.selectedProperty().bindBidirectional(map.legendVisibleProperty());
        CheckMenuItem fills = check("menu.view.fills", "showFills");
        CheckMenuItem labels = check("menu.view.labels", "showLabels");
        fills.selectedProperty().bindBidirectional(map.layers().fillsProperty());
        labels.selectedProperty().bindBidirectional(map.layers().labelsProperty());
        Menu menu = new Menu(Messages.get("menu.view"), null, zoomAll, new SeparatorMenuItem(), distance, area, stop,
                new SeparatorMenuItem(), baseMap, fills, labels, legend);
        menu.setId("viewMenu");
        return menu;
    }

    /** Starts measuring, unless another tool (the polygon editor) is busy on the map. */
    private void measure(MeasureTool.Mode mode) {
        MapTool current = map.toolProperty().get();
        if (current != null && !(current instanceof MeasureTool)) {
            return;
        }
        map.toolProperty().set(new MeasureTool(mode, map::repaint));
        map.requestFocus();
    }

    private static MenuItem item(String key, String accelerator) {
        MenuItem mi = new MenuItem(Messages.get(key));
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return mi;
    }

    private static CheckMenuItem check(String key, String id) {
        CheckMenuItem c = new CheckMenuItem(Messages.get(key));
        c.setId(id);
        c.setSelected(true);
        return c;
    }
}
