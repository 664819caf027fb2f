package org.mineledger.ui.map;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.mineledger.map.HazardFilter;
import org.mineledger.map.HazardPainter;
import org.mineledger.map.LayerKind;

/**
 * What the map shows, layer by layer: base-map layer kinds, hazards by kind and status, hazard fills and
 * labels. The View menu and the layers panel bind to these same properties, so they always agree.
 */
public final class MapLayers {
    private final ObjectProperty<Set<LayerKind>> baseLayers =
            new SimpleObjectProperty<>(this, "baseLayers", Set.copyOf(EnumSet.allOf(LayerKind.class)));
    private final ObjectProperty<HazardFilter> hazardFilter = new SimpleObjectProperty<>(this, "hazardFilter",
            HazardFilter.ALL);
    private final BooleanProperty fills = new SimpleBooleanProperty(this, "fills", true);
    private final BooleanProperty labels = new SimpleBooleanProperty(this, "labels", true);

    /** Keeps {@code options} (what the hazard painter reads) in step with the fills and labels switches. */
    MapLayers(ObjectProperty<HazardPainter.Options> options) {
        fills.set(options.get().fills());
        labels.set(options.get().labels());
        fills.addListener((o, a, b) -> options.set(new HazardPainter.Options(b, labels.get())));
        labels.addListener((o, a, b) -> options.set(new HazardPainter.Options(fills.get(), b)));
        options.addListener((o, a, b) -> {
            fills.set(b.fills());
            labels.set(b.labels());
        });
    }

    /** The base-map layer kinds drawn (roads, tracks, rivers, …); the base map as a whole is a separate switch. */
    public ObjectProperty<Set<LayerKind>> baseLayersProperty() {
        return baseLayers;
    }

    /** Shows or hides one base-map layer kind. */
    public void showBaseLayer(LayerKind kind, boolean shown) {
        baseLayers.set(HazardFilter.toggled(baseLayers.get(), kind, shown));
    }

    /** Which hazard areas the map draws (and can be clicked), by kind and status. */
    public ObjectProperty<HazardFilter> hazardFilterProperty() {
        return hazardFilter;
    }

    public BooleanProperty fillsProperty() {
        return fills;
    }

    public BooleanProperty labelsProperty() {
        return labels;
    }
}
