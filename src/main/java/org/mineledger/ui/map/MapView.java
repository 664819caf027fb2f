package org.mineledger.ui.map;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.mineledger.map.BaseMap;
import org.mineledger.map.BaseMapPainter;
import org.mineledger.map.HazardLayer;
import org.mineledger.map.MapExtent;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.map.HazardPainter;
import org.mineledger.map.MapDecorations;
import org.mineledger.map.MapLegend;
import org.mineledger.map.Viewport;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.HazardArea;
import org.mineledger.model.evidence.SurveyEvidence;

/**
 * The map: drag to pan, wheel to zoom around the cursor, click to pick an area. Drawing is delegated to
 * the toolkit-free painters in {@code org.mineledger.map}. An active {@link MapTool} gets mouse and keys first.
 */
public final class MapView extends Region {
    private static final double WHEEL_STEP = 1.25;
    /** How near (pixels) a right-click must be to a waypoint or track: twice the drawn dot, for a slightly missed click. */
    private static final double EVIDENCE_HIT_PX = 6;
    /** How far right of and below the mouse the name of the evidence under it appears. */
    private static final double TIP_OFFSET_PX = 14;
    /** Wider names wrap: a feature's source (file, line, column, GPS name) can be long. */
    private static final double TIP_MAX_WIDTH_PX = 460;
    private final Tooltip evidenceTip = new Tooltip();
    private Function<SurveyEvidence, String> evidenceText;
    private final Canvas canvas = new Canvas();
    private final CellImages cellImages = new CellImages(canvas);
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ObjectProperty<HazardLayer> hazards =
            new SimpleObjectProperty<>(this, "hazards", new HazardLayer(List.of()));
    private final ObjectProperty<List<BaseMap>> baseMaps = new SimpleObjectProperty<>(this, "baseMaps", List.of());
    private final LongProperty selectedId = new SimpleLongProperty(this, "selectedId", 0);
    private final ObjectProperty<java.util.Set<Long>> alsoSelected =
            new SimpleObjectProperty<>(this, "alsoSelected", java.util.Set.of());
    private final ReadOnlyObjectWrapper<GeoPoint> cursor = new ReadOnlyObjectWrapper<>(this, "cursor");
    private final ObjectProperty<GeoPoint> marker = new SimpleObjectProperty<>(this, "marker");
    private final HazardPainter hazardPainter = new HazardPainter();
    private final BaseMapPainter basePainter = new BaseMapPainter();
    private final ObjectProperty<MapTool> tool = new SimpleObjectProperty<>(this, "tool");
    private final javafx.beans.property.BooleanProperty baseMapVisible =
            new javafx.beans.property.SimpleBooleanProperty(this, "baseMapVisible", true);
    private final javafx.beans.property.BooleanProperty legendVisible =
            new javafx.beans.property.SimpleBooleanProperty(this, "legendVisible", true);
    private final ObjectProperty<List<org.mineledger.plan.marking.Sign>> signs =
            new SimpleObjectProperty<>(this, "signs", List.of());
    private final ObjectProperty<List<org.mineledger.model.evidence.SurveyEvidence>> evidence =
            new SimpleObjectProperty<>(this, "evidence", List.of());
    private final ObjectProperty<HazardPainter.Options> hazardOptions =
            new SimpleObjectProperty<>(this, "hazardOptions", HazardPainter.Options.ALL);
    private final MapLayers layers = new MapLayers(hazardOptions);
    private HazardLayer shownHazards = hazards.get();
    private MapTool gestureTool;
    private Consumer<HazardArea> onAreaClicked = a -> { };
    private Consumer<HazardArea> onAreaShortcutClicked = a -> { };
    private Runnable onEmptyClicked = () -> { };
    private java.util.function.BiConsumer<org.mineledger.model.evidence.SurveyEvidence, javafx.geometry.Point2D>
            onEvidenceMenu = (e, at) -> { };
    private double dragX;
    private double dragY;
    private boolean dragged;

    public MapView() {
        getStyleClass().add("map-view");
        setId("mapView");
        getChildren().add(canvas);
        setMinSize(200, 200);
        viewport.set(Viewport.fitting(null, 800, 600));
        viewport.addListener((o, a, b) -> redraw());
        hazards.addListener((o, a, b) -> filterHazards());
        layers.hazardFilterProperty().addListener((o, a, b) -> filterHazards());
        layers.baseLayersProperty().addListener((o, a, b) -> redraw());
        baseMaps.addListener((o, a, b) -> redraw());
        selectedId.addListener((o, a, b) -> redraw());
        alsoSelected.addListener((o, a, b) -> redraw());
        marker.addListener((o, a, b) -> redraw());
        tool.addListener((o, a, b) -> redraw());
        baseMapVisible.addListener((o, a, b) -> redraw());
        legendVisible.addListener((o, a, b) -> redraw());
        hazardOptions.addListener((o, a, b) -> redraw());
        signs.addListener((o, a, b) -> redraw());
        evidence.addListener((o, a, b) -> redraw());
        evidenceTip.setWrapText(true);
        evidenceTip.setMaxWidth(TIP_MAX_WIDTH_PX);
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (tool.get() != null && tool.get().keyPressed(e)) {
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            cursor.set(null);
            evidenceTip.hide();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> evidenceTip.hide());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            showCursor(e.getX(), e.getY());
            if (tool.get() != null && tool.get().moved(e, viewport.get())) {
                redraw();
            }
            nameEvidenceAt(e);
        });
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** What the map shows layer by layer; the layers panel and the View menu bind to it. */
    public MapLayers layers() {
        return layers;
    }

    /** The hazard areas the map draws: those of {@link #hazardsProperty()} that the layer switches show. */
    public HazardLayer shownHazards() {
        return shownHazards;
    }

    private void filterHazards() {
        shownHazards = layers.hazardFilterProperty().get().apply(hazards.get());
        redraw();
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ObjectProperty<HazardLayer> hazardsProperty() {
        return hazards;
    }

    /** Background maps, drawn in list order under the hazards. */
    public ObjectProperty<List<BaseMap>> baseMapsProperty() {
        return baseMaps;
    }

    public LongProperty selectedIdProperty() {
        return selectedId;
    }

    /** Areas selected besides the focused {@link #selectedIdProperty()} one, outlined dashed. */
    public ObjectProperty<java.util.Set<Long>> alsoSelectedProperty() {
        return alsoSelected;
    }

    /** The ground position under the mouse pointer, null when the pointer is off the map. */
    public ReadOnlyObjectProperty<GeoPoint> pointerPositionProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** A position marked with a cross, e.g. the result of "go to coordinate"; null for none. */
    public ObjectProperty<GeoPoint> markerProperty() {
        return marker;
    }

    /** The active tool (e.g. the polygon editor), or null for plain panning and picking. */
    public ObjectProperty<MapTool> toolProperty() {
        return tool;
    }

    /** Whether the base maps (topography, country borders) are drawn. */
    public javafx.beans.property.BooleanProperty baseMapVisibleProperty() {
        return baseMapVisible;
    }

    /** Whether the hazard legend is drawn in the lower right corner. */
    public javafx.beans.property.BooleanProperty legendVisibleProperty() {
        return legendVisible;
    }

    /** Warning signs of a marking plan drawn over the hazards (the selected area's latest plan). */
    public ObjectProperty<List<org.mineledger.plan.marking.Sign>> signsProperty() {
        return signs;
    }

    /** Survey evidence (GPS waypoints and tracks) drawn small over the hazards. */
    public ObjectProperty<List<org.mineledger.model.evidence.SurveyEvidence>> evidenceProperty() {
        return evidence;
    }

    /** Which parts of the hazard layer are drawn (fills, labels). */
    public ObjectProperty<HazardPainter.Options> hazardOptionsProperty() {
        return hazardOptions;
    }

    /** Draws the map again, e.g. when the active tool's state changed. */
    public void repaint() {
        redraw();
    }

    /** Centres the map on a position and marks it. */
    public void goTo(GeoPoint p) {
        marker.set(p);
        viewport.set(viewport.get().centredOn(p.lon(), p.lat()));
    }

    public void setOnAreaClicked(Consumer<HazardArea> handler) {
        onAreaClicked = handler;
    }

    /** Ctrl-click (Cmd on a Mac) on an area: adds it to, or takes it from, the selection. */
    public void setOnAreaShortcutClicked(Consumer<HazardArea> handler) {
        onAreaShortcutClicked = handler;
    }

    /** Right-click on a survey evidence waypoint or track: the feature and the screen position for a menu. */
    public void setOnEvidenceMenu(java.util.function.BiConsumer<org.mineledger.model.evidence.SurveyEvidence,
            javafx.geometry.Point2D> handler) {
        onEvidenceMenu = handler;
    }

    /**
     * What to say of a survey evidence waypoint or track when the mouse rests on it (in a tooltip beside the
     * mouse, while no drawing tool is active); null says nothing.
     */
    public void setEvidenceText(Function<SurveyEvidence, String> text) {
        evidenceText = text;
    }

    /** Names the evidence under the mouse beside it, or hides the name when there is none. */
    private void nameEvidenceAt(MouseEvent e) {
        Optional<SurveyEvidence> hit = tool.get() != null || evidenceText == null
                ? Optional.empty()
                : org.mineledger.map.EvidencePainter.hitAt(viewport.get(), evidence.get(), e.getX(), e.getY(),
                        EVIDENCE_HIT_PX);
        if (hit.isEmpty()) {
            evidenceTip.hide();
            return;
        }
        String text = evidenceText.apply(hit.get());
        if (!evidenceTip.isShowing() || !text.equals(evidenceTip.getText())) {
            evidenceTip.setText(text);
            evidenceTip.show(this, e.getScreenX() + TIP_OFFSET_PX, e.getScreenY() + TIP_OFFSET_PX);
        }
    }

    public void setOnEmptyClicked(Runnable handler) {
        onEmptyClicked = handler;
    }

    /** Shows the whole of the hazard layer (or the base map when there are no hazards). */
    public void zoomToAll() {
        Envelope extent = new Envelope(hazards.get().extentLonLat());
        extent.expandToInclude(org.mineledger.map.EvidencePainter.extent(evidence.get()));
        if (extent.isNull() && !baseMaps.get().isEmpty()) {
            MapExtent e = baseMaps.get().get(baseMaps.get().size() - 1).extent();
            extent = new Envelope(e.west(), e.east(), e.south(), e.north());
        }
        fitTo(extent);
    }

    /** Shows the whole of {@code lonLat} (WGS84 degrees), as large as the map allows. */
    public void fitTo(Envelope lonLat) {
        viewport.set(Viewport.fitting(lonLat, getWidth() > 0 ? getWidth() : 800, getHeight() > 0 ? getHeight() : 600));
    }

    /**
     * Shows the whole of an area, centred: zooms in when it would be small on screen and out when it would not fit
     * (an area larger than a map zoomed in before would otherwise fill the map with one colour and no outline).
     */
    public void centreOn(HazardArea area) {
        show(area.polygon().getEnvelopeInternal());
    }

    /** Shows the whole of {@code env} (lon/lat degrees), centred, zooming in or out as {@link #centreOn} does. */
    public void show(Envelope env) {
        Viewport v = viewport.get();
        Viewport fit = Viewport.fitting(env, v.width(), v.height());
        boolean nearlyFits = Math.abs(fit.resolution() - v.resolution()) <= v.resolution() * 0.01;
        viewport.set(nearlyFits ? v.centredOn(env.centre().x, env.centre().y) : fit);
    }

    /** The screen point of a lon/lat position, for tests and tools. */
    public double[] screenPointOf(double lon, double lat) {
        Viewport v = viewport.get();
        return new double[] {v.screenX(lon), v.screenY(lat)};
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            viewport.set(viewport.get().resized(w, h));
        }
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
        gestureTool = tool.get() != null && tool.get().pressed(e, viewport.get()) ? tool.get() : null;
    }

    private void dragged(MouseEvent e) {
        if (gestureTool != null) {
            dragged = true;
            gestureTool.dragged(e, viewport.get());
            showCursor(e.getX(), e.getY());
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - dragX;
        double dy = e.getY() - dragY;
        if (Math.abs(dx) + Math.abs(dy) > 0) {
            dragged = true;
            viewport.set(viewport.get().panned(dx, dy));
            dragX = e.getX();
            dragY = e.getY();
        }
        showCursor(e.getX(), e.getY());
    }

    private void released(MouseEvent e) {
        if (gestureTool != null) {
            MapTool t = gestureTool;
            gestureTool = null;
            t.released(e, viewport.get());
            return;
        }
        if (!dragged && tool.get() != null && tool.get().clicked(e, viewport.get())) {
            return;
        }
        if (!dragged && e.getButton() == MouseButton.SECONDARY && tool.get() == null) {
            org.mineledger.map.EvidencePainter.hitAt(viewport.get(), evidence.get(), e.getX(), e.getY(), EVIDENCE_HIT_PX)
                    .ifPresent(ev -> onEvidenceMenu.accept(ev, new javafx.geometry.Point2D(e.getScreenX(),
                            e.getScreenY())));
            return;
        }
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<HazardArea> hit = shownHazards.hitAt(viewport.get(), e.getX(), e.getY());
        hit.ifPresentOrElse(e.isShortcutDown() ? onAreaShortcutClicked : onAreaClicked, onEmptyClicked);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP;
        viewport.set(viewport.get().zoomedAt(factor, e.getX(), e.getY()));
        e.consume();
    }

    private void showCursor(double x, double y) {
        Viewport v = viewport.get();
        double lat = v.latAt(y);
        double lon = v.lonAt(x);
        cursor.set(Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? new GeoPoint(lat, lon) : null);
    }

    private void redraw() {
        Viewport v = viewport.get();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#CFE0EC"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        FxSurface surface = new FxSurface(g, cellImages);
        if (baseMapVisible.get()) {
            basePainter.paint(surface, v, baseMaps.get(), layers.baseLayersProperty().get());
        }
        hazardPainter.paint(surface, v, shownHazards, selectedId.get(), hazardOptions.get());
        hazardPainter.outlineSelected(surface, v, shownHazards, alsoSelected.get());
        org.mineledger.map.EvidencePainter.paint(surface, v, evidence.get());
        org.mineledger.map.SignPainter.paint(surface, v, signs.get());
        GeoPoint m = marker.get();
        if (m != null) {
            MapDecorations.paintMarker(surface, v.screenX(m.lon()), v.screenY(m.lat()));
        }
        if (tool.get() != null) {
            tool.get().paint(surface, v);
        }
        MapDecorations.paint(surface, v);
        if (legendVisible.get()) {
            MapLegend.paint(surface, v);
        }
    }
}
