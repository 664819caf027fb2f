package org.mineledger.ui.map;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.mineledger.map.HazardFilter;
import org.mineledger.map.LayerKind;
import org.mineledger.map.MapStyle;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;
import org.mineledger.ui.Messages;

/**
 * The collapsible layers panel beside the map: base-map layers, hazards by kind and by status (each with
 * the colour the map draws it in, from {@link MapStyle}), fills and labels. It switches what the map draws.
 */
public final class LayersPanel {
    private final MapView map;
    private final TitledPane pane;

    public LayersPanel(MapView map) {
        this.map = map;
        VBox box = new VBox(4);
        box.setPadding(new Insets(6));
        box.getChildren().add(heading("geom.layers.base"));
        CheckBox base = new CheckBox(Messages.get("menu.view.baseMap"));
        base.setId("layerBaseMap");
        base.selectedProperty().bindBidirectional(map.baseMapVisibleProperty());
        box.getChildren().add(base);
        for (LayerKind kind : LayerKind.values()) {
            CheckBox c = new CheckBox(name(kind));
            c.setId("layerBase" + kind.name());
            c.setSelected(map.layers().baseLayersProperty().get().contains(kind));
            c.selectedProperty().addListener((o, a, b) -> map.layers().showBaseLayer(kind, b));
            map.layers().baseLayersProperty().addListener((o, a, b) -> c.setSelected(b.contains(kind)));
            c.disableProperty().bind(map.baseMapVisibleProperty().not());
            c.setPadding(new Insets(0, 0, 0, 16));
            box.getChildren().add(c);
        }
        box.getChildren().add(heading("geom.layers.kinds"));
        for (HazardKind kind : HazardKind.values()) {
            CheckBox c = hazardSwitch("layerKind" + kind.name(), kind.code(),
                    MapStyle.fill(kind, HazardStatus.ACTIVE), MapStyle.outline(HazardStatus.ACTIVE));
            c.setTooltip(new javafx.scene.control.Tooltip(kind.label()));
            c.setSelected(filter().kinds().contains(kind));
            c.selectedProperty().addListener((o, a, b) -> setFilter(filter().withKind(kind, b)));
            map.layers().hazardFilterProperty().addListener((o, a, f) -> c.setSelected(f.kinds().contains(kind)));
            box.getChildren().add(c);
        }
        box.getChildren().add(heading("geom.layers.statuses"));
        for (HazardStatus status : HazardStatus.values()) {
            CheckBox c = hazardSwitch("layerStatus" + status.name(), status.label() + " ("
                    + MapStyle.statusGroup(status).toLowerCase(Locale.ROOT) + ")",
                    MapStyle.fill(HazardKind.CONFIRMED, status), MapStyle.outline(status));
            c.setSelected(filter().statuses().contains(status));
            c.selectedProperty().addListener((o, a, b) -> setFilter(filter().withStatus(status, b)));
            map.layers().hazardFilterProperty().addListener((o, a, f) -> c.setSelected(f.statuses().contains(status)));
            box.getChildren().add(c);
        }
        box.getChildren().add(heading("geom.layers.labels"));
        CheckBox fills = new CheckBox(Messages.get("menu.view.fills"));
        fills.setId("layerFills");
        fills.selectedProperty().bindBidirectional(map.layers().fillsProperty());
        CheckBox labels = new CheckBox(Messages.get("menu.view.labels"));
        labels.setId("layerLabels");
        labels.selectedProperty().bindBidirectional(map.layers().labelsProperty());
        CheckBox legend = new CheckBox(Messages.get("menu.view.legend"));
        legend.setId("layerLegend");
        legend.selectedProperty().bindBidirectional(map.legendVisibleProperty());
        Label note = new Label(Messages.get("geom.layers.legend"));
        note.setWrapText(true);
        note.setMaxWidth(200);
        box.getChildren().addAll(fills, labels, legend, note);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        pane = new TitledPane(Messages.get("geom.layers.title"), scroll);
        pane.setId("layersPanel");
        pane.setCollapsible(true);
        pane.setAnimated(false); // folding at once: the map is not redrawn at every step of an animation
        pane.setExpanded(true);
        // collapsed, the panel is only its title, and the map takes the width it had
        pane.prefWidthProperty().bind(javafx.beans.binding.Bindings.when(pane.expandedProperty()).then(230)
                .otherwise(90));
        pane.maxWidthProperty().bind(pane.prefWidthProperty());
        pane.setMaxHeight(Double.MAX_VALUE);
    }

    /** The map with the panel at its right. */
    public static BorderPane around(MapView map) {
        BorderPane p = new BorderPane(map);
        p.setRight(new LayersPanel(map).node());
        return p;
    }

    public Node node() {
        return pane;
    }

    private HazardFilter filter() {
        return map.layers().hazardFilterProperty().get();
    }

    private void setFilter(HazardFilter f) {
        if (!f.equals(filter())) {
            map.layers().hazardFilterProperty().set(f);
        }
    }

    private static CheckBox hazardSwitch(String id, String text, RgbaColor fill, Surface.Stroke outline) {
        Rectangle swatch = new Rectangle(16, 12, FxSurface.fx(fill));
        swatch.setStroke(FxSurface.fx(outline.color()));
        swatch.setStrokeWidth(2);
        if (outline.dash().length > 0) {
            swatch.getStrokeDashArray().addAll(4.0, 2.0);
        }
        CheckBox c = new CheckBox(text);
        c.setGraphic(swatch);
        c.setId(id);
        return c;
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.setStyle("-fx-font-weight: bold;");
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static String name(LayerKind kind) {
        return Messages.get("geom.layers.base." + kind.name().toLowerCase(Locale.ROOT));
    }
}
