package org.mineledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.map.BaseFeature;
import org.mineledger.map.BaseLayer;
import org.mineledger.map.BaseMap;
import org.mineledger.map.BaseMapSymbols;
import org.mineledger.map.LayerKind;
import org.mineledger.map.MapStyle;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;
import org.mineledger.model.HazardArea;

/**
 * A map printed at a true, stated scale (1:1,000 to 1:25,000) in a page rectangle: UTM of the area's zone
 * (conformal, never Web Mercator), base-map layers, hazard polygons in the land-release symbology, extra
 * overlays (work boxes, lanes, points), grid ticks and labels in a chosen coordinate system, north arrow,
 * scale bar and the scale as text. The bottom {@value #FOOTER_PT} points of the rectangle hold the scale line.
 */
public final class MapExtract {
    /** Height of the strip under the map for scale bar, scale and grid note, in points. */
    public static final double FOOTER_PT = 30;
    /** Share of the frame the focus area may fill when the scale is chosen for it. */
    private static final double FIT_MARGIN = 1.12;

    /** A lon/lat polygon drawn over the hazards, e.g. a numbered work box or a lane. */
    public record Overlay(Polygon polygon, RgbaColor fill, Surface.Stroke stroke, String label) {
        public Overlay {
            Objects.requireNonNull(polygon, "polygon");
            label = label == null ? "" : label;
        }
    }

    /** A point drawn as a symbol with a label, e.g. a turning point or the medevac point. */
    public record Marker(GeoPoint at, String label, RgbaColor color) {
        public Marker {
            Objects.requireNonNull(at, "at");
            label = label == null ? "" : label;
            color = color == null ? PrintSymbols.INK : color;
        }
    }

    private final List<BaseMap> baseMaps;
    private final List<HazardArea> hazards;
    private final CoordinateSystem gridSystem;
    private final List<Overlay> overlays;
    private final List<Marker> markers;

    public MapExtract(List<BaseMap> baseMaps, List<HazardArea> hazards, CoordinateSystem gridSystem) {
        this(baseMaps, hazards, gridSystem, List.of(), List.of());
    }

    private MapExtract(List<BaseMap> baseMaps, List<HazardArea> hazards, CoordinateSystem gridSystem,
            List<Overlay> overlays, List<Marker> markers) {
        this.baseMaps = List.copyOf(baseMaps);
        this.hazards = List.copyOf(hazards);
        this.gridSystem = Objects.requireNonNull(gridSystem, "gridSystem");
        this.overlays = List.copyOf(overlays);
        this.markers = List.copyOf(markers);
    }

    public MapExtract withOverlays(List<Overlay> more) {
        List<Overlay> all = new ArrayList<>(overlays);
        all.addAll(more);
        return new MapExtract(baseMaps, hazards, gridSystem, all, markers);
    }

    public MapExtract withMarkers(List<Marker> more) {
        List<Marker> all = new ArrayList<>(markers);
        all.addAll(more);
        return new MapExtract(baseMaps, hazards, gridSystem, overlays, all);
    }

    /**
     * Where the map would go: the frame is the rectangle less the footer, centred on the focus area, at
     * {@code scale} or, when null, the largest standard scale at which the focus fits.
     *
     * @param focus lon/lat envelope (x = longitude) that must be shown
     */
    public static ExtractPlacement place(double left, double bottom, double width, double height, Envelope focus,
            MapScale scale) {
        if (focus == null || focus.isNull()) {
            throw new IllegalArgumentException("The map extract has nothing to show: the area to fit is empty.");
        }
        GeoPoint centre = new GeoPoint(focus.centre().y, focus.centre().x);
        double frameBottom = bottom + FOOTER_PT;
        double frameHeight = height - FOOTER_PT;
        ExtractPlacement probe = ExtractPlacement.of(left, frameBottom, width, frameHeight, centre,
                scale == null ? MapScale.STANDARD.get(0) : scale);
        if (scale != null) {
            return probe;
        }
        Envelope grid = new Envelope();
        for (double[] c : new double[][] {{focus.getMinX(), focus.getMinY()}, {focus.getMaxX(), focus.getMinY()},
                {focus.getMinX(), focus.getMaxY()}, {focus.getMaxX(), focus.getMaxY()}}) {
            double[] en = probe.grid(new GeoPoint(c[1], c[0]));
            grid.expandToInclude(en[0], en[1]);
        }
        double k = probe.pointScale();
        MapScale fit = MapScale.largestFitting(grid.getWidth() / k * FIT_MARGIN, grid.getHeight() / k * FIT_MARGIN,
                width, frameHeight);
        return ExtractPlacement.of(left, frameBottom, width, frameHeight, centre, fit);
    }

    /** Draws the extract at a placement from {@link #place} on a page {@code pageHeight} points high. */
    public ExtractPlacement draw(PDDocument doc, PDPageContentStream cs, double pageHeight, ExtractPlacement at) {
        PdfSurface surface = new PdfSurface(doc, cs, pageHeight);
        PagePaths paths = new PagePaths(at, pageHeight);
        try {
            cs.saveGraphicsState();
            cs.addRect((float) at.left(), (float) at.bottom(), (float) at.width(), (float) at.height());
            cs.clip();
            double top = pageHeight - at.bottom() - at.height();
            surface.polygon(new double[][] {{at.left(), at.left() + at.width(), at.left() + at.width(), at.left()}},
                    new double[][] {{top, top, top + at.height(), top + at.height()}}, new int[] {4},
                    RgbaColor.hex("#FFFFFF", 1), null);
            for (BaseMap map : baseMaps) {
                drawBaseMap(surface, paths, map);
            }
            drawHazards(surface, paths);
            drawOverlays(surface, paths);
            drawMarkers(surface, paths);
            MapFurniture.gridLines(surface, at, pageHeight, GridTicks.of(at, gridSystem));
            cs.restoreGraphicsState();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        MapFurniture.frame(surface, at, pageHeight, GridTicks.of(at, gridSystem));
        return at;
    }

    private static void drawBaseMap(PdfSurface surface, PagePaths paths, BaseMap map) {
        List<BaseFeature> labels = new ArrayList<>();
        for (BaseLayer layer : map.layers()) {
            for (BaseFeature f : layer.features()) {
                Geometry g = f.geometry();
                if (!paths.touches(g)) {
                    continue;
                }
                if (layer.kind() == LayerKind.LABEL || g instanceof Point) {
                    labels.add(f);
                    continue;
                }
                PagePaths.Paths p = paths.of(g);
                if (p.size() == 0) {
                    continue;
                }
                if (p.area()) {
                    surface.polygon(p.xs(), p.ys(), p.counts(), BaseMapSymbols.fill(layer.kind()),
                            BaseMapSymbols.outline(layer.kind(), BaseMapSymbols.PRINT_SCALE));
                } else {
                    for (Surface.Stroke s : BaseMapSymbols.lines(layer.kind(), f.cls(), BaseMapSymbols.PRINT_SCALE)) {
                        for (int i = 0; i < p.size(); i++) {
                            surface.polyline(p.xs()[i], p.ys()[i], p.counts()[i], s);
                        }
                    }
                }
            }
        }
        for (BaseFeature f : labels) {
            if (f.label().isEmpty()) {
                continue;
            }
            Point c = f.geometry().getCentroid();
            double[] s = paths.surface(new GeoPoint(c.getY(), c.getX()));
            surface.text(f.label(), s[0] - surface.textWidth(f.label(), 8, false) / 2, s[1] + 3, 8,
                    PrintSymbols.WATER_INK, false, true);
        }
    }

    private void drawHazards(PdfSurface surface, PagePaths paths) {
        for (HazardArea h : hazards) {
            Polygon polygon = h.polygon();
            if (!paths.touches(polygon)) {
                continue;
            }
            PagePaths.Paths p = paths.of(polygon);
            Surface.Stroke outline = MapStyle.outline(h.status());
            surface.polygon(p.xs(), p.ys(), p.counts(), MapStyle.fill(h.kind(), h.status()),
                    new Surface.Stroke(outline.color(), outline.width() * 0.6, outline.dash()));
        }
        for (HazardArea h : hazards) {
            Point c = h.polygon().getInteriorPoint();
            if (paths.window().contains(c.getX(), c.getY())) {
                double[] s = paths.surface(new GeoPoint(c.getY(), c.getX()));
                String ref = h.reference().value();
                surface.text(ref, s[0] - surface.textWidth(ref, 9, true) / 2, s[1] + 3, 9,
                        PrintSymbols.INK, true, true);
            }
        }
    }

    private void drawOverlays(PdfSurface surface, PagePaths paths) {
        for (Overlay o : overlays) {
            if (!paths.touches(o.polygon())) {
                continue;
            }
            PagePaths.Paths p = paths.of(o.polygon());
            surface.polygon(p.xs(), p.ys(), p.counts(), o.fill(), o.stroke());
        }
        for (Overlay o : overlays) {
            if (o.label().isEmpty() || !paths.touches(o.polygon())) {
                continue;
            }
            Point c = o.polygon().getInteriorPoint();
            double[] s = paths.surface(new GeoPoint(c.getY(), c.getX()));
            surface.text(o.label(), s[0] - surface.textWidth(o.label(), 6, false) / 2, s[1] + 2, 6,
                    PrintSymbols.INK, false, true);
        }
    }

    private void drawMarkers(PdfSurface surface, PagePaths paths) {
        for (Marker m : markers) {
            double[] s = paths.surface(m.at());
            surface.dot(s[0], s[1], 2.2, m.color(), Surface.Stroke.solid(RgbaColor.hex("#FFFFFF", 1), 0.6));
            if (!m.label().isEmpty()) {
                surface.text(m.label(), s[0] + 4, s[1] - 3, 7, m.color(), true, true);
            }
        }
    }
}
