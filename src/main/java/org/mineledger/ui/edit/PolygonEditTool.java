package org.mineledger.ui.edit;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicInverse;
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.validity.FixPreview;
import org.mineledger.geo.validity.ValidityProblem;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;
import org.mineledger.map.Viewport;
import org.mineledger.ui.map.MapTool;

/**
 * Mouse and keys of the polygon editor on the map: click to add corners while drawing (double-click or
 * Enter ends, Esc cancels); drag a corner to move it, drag an edge's midpoint handle to insert one;
 * right-click a corner or select it and press Delete to remove it. Positions snap to other areas' corners.
 */
public final class PolygonEditTool implements MapTool {
    private static final double HANDLE_PIXELS = 7;
    private static final RgbaColor EDIT = RgbaColor.hex("#0050FF", 1);
    private static final RgbaColor EDIT_FILL = RgbaColor.hex("#0050FF", 0.15);
    private static final RgbaColor WHITE = RgbaColor.hex("#FFFFFF", 1);
    private static final RgbaColor SELECTED = RgbaColor.hex("#FFE000", 1);
    private static final RgbaColor PROBLEM = RgbaColor.hex("#E00000", 1);
    private static final RgbaColor FIX = RgbaColor.hex("#00A000", 1);
    private final PolygonEditModel model;
    private final Runnable onCancel;
    private VertexSnapper snapper = new VertexSnapper(List.of());
    private GeoPoint pointer;
    private boolean pointerSnapped;

    /** {@code onCancel} runs when the user presses Esc while drawing. */
    public PolygonEditTool(PolygonEditModel model, Runnable onCancel) {
        this.model = model;
        this.onCancel = onCancel;
    }

    public void setSnapper(VertexSnapper snapper) {
        this.snapper = snapper;
    }

    @Override
    public boolean pressed(MouseEvent e, Viewport view) {
        if (e.getButton() != MouseButton.PRIMARY || model.modeProperty().get() != PolygonEditModel.Mode.EDITING) {
            return false;
        }
        int corner = cornerAt(e.getX(), e.getY(), view);
        if (corner < 0 && pickRingAt(e.getX(), e.getY(), view)) {
            corner = cornerAt(e.getX(), e.getY(), view);
        }
        if (corner >= 0) {
            model.selectedProperty().set(corner);
            model.beginDrag(corner);
            return true;
        }
        int edge = midpointAt(e.getX(), e.getY(), view);
        if (edge >= 0) {
            model.beginInsert(edge + 1, midpoint(edge));
            model.selectedProperty().set(edge + 1);
            return true;
        }
        return false;
    }

    @Override
    public void dragged(MouseEvent e, Viewport view) {
        model.dragTo(snapper.positionAt(e.getX(), e.getY(), view));
    }

    @Override
    public void released(MouseEvent e, Viewport view) {
        model.endDrag();
    }

    @Override
    public boolean clicked(MouseEvent e, Viewport view) {
        switch (model.modeProperty().get()) {
            case DRAWING, DRAWING_HOLE:
                if (e.getButton() == MouseButton.PRIMARY) {
                    if (e.getClickCount() >= 2) {
                        model.finishDrawing();
                    } else {
                        model.addCorner(snapper.positionAt(e.getX(), e.getY(), view));
                    }
                }
                return true;
            case EDITING:
                int corner = cornerAt(e.getX(), e.getY(), view);
                if (e.getButton() == MouseButton.SECONDARY && corner >= 0) {
                    model.deleteCorner(corner);
                }
                return true;
            default:
                return false;
        }
    }

    @Override
    public boolean moved(MouseEvent e, Viewport view) {
        if (model.modeProperty().get() == PolygonEditModel.Mode.IDLE) {
            return false;
        }
        var snap = snapper.snap(e.getX(), e.getY(), view, VertexSnapper.DEFAULT_PIXELS);
        boolean wasSnapped = pointerSnapped;
        pointerSnapped = snap.isPresent();
        pointer = snapper.positionAt(e.getX(), e.getY(), view);
        // Redraw for the rubber band while drawing, or when the snap mark appears or goes.
        return drawing(model.modeProperty().get()) || wasSnapped || pointerSnapped;
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        PolygonEditModel.Mode mode = model.modeProperty().get();
        if (e.getCode() == KeyCode.ENTER && drawing(mode)) {
            model.finishDrawing();
            return true;
        }
        if (e.getCode() == KeyCode.ESCAPE && mode == PolygonEditModel.Mode.DRAWING_HOLE) {
            model.holes().cancel();
            return true;
        }
        if (e.getCode() == KeyCode.ESCAPE && mode == PolygonEditModel.Mode.DRAWING) {
            onCancel.run();
            return true;
        }
        int selected = model.selectedProperty().get();
        if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && mode != PolygonEditModel.Mode.IDLE
                && selected >= 0 && selected < model.corners().size()) {
            model.deleteCorner(selected);
            return true;
        }
        return false;
    }

    @Override
    public void paint(Surface surface, Viewport view) {
        List<GeoPoint> c = model.corners();
        int n = c.size();
        if (model.modeProperty().get() == PolygonEditModel.Mode.IDLE) {
            pointer = null;
            return;
        }
        FixPreview fix = model.fixPreviewProperty().get();
        if (fix != null) {
            paintGeometry(surface, view, fix.fixed());
        }
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        for (int i = 0; i < n; i++) {
            xs[i] = view.screenX(c.get(i).lon());
            ys[i] = view.screenY(c.get(i).lat());
        }
        boolean drawing = drawing(model.modeProperty().get());
        boolean hole = model.modeProperty().get() == PolygonEditModel.Mode.DRAWING_HOLE;
        paintRings(surface, view);
        if (n >= 3 && !hole && model.holes().countProperty().get() == 0 && drawing) {
            surface.polygon(new double[][] {xs}, new double[][] {ys}, new int[] {n}, EDIT_FILL,
                    new Surface.Stroke(EDIT, 1.5, 6, 4));
        } else if (n >= 3 && hole) {
            double[] closedX = java.util.Arrays.copyOf(xs, n + 1);
            double[] closedY = java.util.Arrays.copyOf(ys, n + 1);
            closedX[n] = xs[0];
            closedY[n] = ys[0];
            surface.polyline(closedX, closedY, n + 1, new Surface.Stroke(EDIT, 1.5, 6, 4));
        } else if (n == 2) {
            surface.polyline(xs, ys, 2, Surface.Stroke.solid(EDIT, 2));
        }
        if (!drawing) {
            for (int i = 0; i < n && n >= 2; i++) {
                int j = (i + 1) % n;
                surface.dot((xs[i] + xs[j]) / 2, (ys[i] + ys[j]) / 2, 3.5, WHITE, Surface.Stroke.solid(EDIT, 1));
            }
        }
        int selected = model.selectedProperty().get();
        for (int i = 0; i < n; i++) {
            surface.dot(xs[i], ys[i], i == selected ? 7 : 5, i == selected ? SELECTED : WHITE,
                    Surface.Stroke.solid(EDIT, 2));
            surface.text(Integer.toString(i + 1), xs[i] + 7, ys[i] - 7, 11, EDIT, true, true);
        }
        paintPointer(surface, view, xs, ys, n, drawing);
        for (ValidityProblem p : model.problems()) {
            if (p.location() != null) {
                surface.dot(view.screenX(p.location().lon()), view.screenY(p.location().lat()), 6, PROBLEM,
                        Surface.Stroke.solid(WHITE, 1.5));
            }
        }
    }

    /**
     * The outer boundary filled around its holes, every ring outlined, and the corners of the rings not being
     * edited as small dots (press one to edit its ring).
     */
    private void paintRings(Surface surface, Viewport view) {
        boolean drawingShell = model.modeProperty().get() == PolygonEditModel.Mode.DRAWING;
        int count = model.holes().countProperty().get() + 1;
        List<double[]> rx = new java.util.ArrayList<>();
        List<double[]> ry = new java.util.ArrayList<>();
        for (int r = 0; r < count; r++) {
            List<GeoPoint> ring = model.ring(r);
            if (ring.size() < 3 || (r == 0 && drawingShell)) {
                continue;
            }
            double[] x = new double[ring.size()];
            double[] y = new double[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                x[i] = view.screenX(ring.get(i).lon());
                y[i] = view.screenY(ring.get(i).lat());
                if (r != model.activeRingProperty().get() || model.modeProperty().get() != PolygonEditModel.Mode.EDITING) {
                    surface.dot(x[i], y[i], 3, WHITE, Surface.Stroke.solid(EDIT, 1));
                }
            }
            rx.add(x);
            ry.add(y);
        }
        if (!rx.isEmpty()) {
            int[] counts = rx.stream().mapToInt(a -> a.length).toArray();
            surface.polygon(rx.toArray(new double[0][]), ry.toArray(new double[0][]), counts, EDIT_FILL,
                    Surface.Stroke.solid(EDIT, 2));
        }
    }

    /** Makes the ring with a corner at (x, y) the one edited; false when no ring has a corner there. */
    private boolean pickRingAt(double x, double y, Viewport view) {
        int count = model.holes().countProperty().get() + 1;
        for (int r = 0; r < count; r++) {
            if (r == model.activeRingProperty().get()) {
                continue;
            }
            for (GeoPoint p : model.ring(r)) {
                if (near(x, y, view.screenX(p.lon()), view.screenY(p.lat()))) {
                    model.activeRingProperty().set(r);
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean drawing(PolygonEditModel.Mode mode) {
        return mode == PolygonEditModel.Mode.DRAWING || mode == PolygonEditModel.Mode.DRAWING_HOLE;
    }

    /** The rubber band from the last corner to the pointer (and back to the first) and the snap mark. */
    private void paintPointer(Surface surface, Viewport view, double[] xs, double[] ys, int n, boolean drawing) {
        if (pointer == null) {
            return;
        }
        double px = view.screenX(pointer.lon());
        double py = view.screenY(pointer.lat());
        if (drawing && n >= 1) {
            double[] bx = n >= 2 ? new double[] {xs[n - 1], px, xs[0]} : new double[] {xs[0], px};
            double[] by = n >= 2 ? new double[] {ys[n - 1], py, ys[0]} : new double[] {ys[0], py};
            surface.polyline(bx, by, bx.length, new Surface.Stroke(EDIT, 1, 4, 4));
        }
        if (pointerSnapped) {
            surface.dot(px, py, 9, null, Surface.Stroke.solid(FIX, 2.5));
        }
    }

    /** Outlines every ring of the repaired area (outer boundaries and holes) on its own, dashed. */
    private void paintGeometry(Surface surface, Viewport view, Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon p) || p.isEmpty()) {
                continue;
            }
            for (int r = 0; r <= p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1)).getCoordinates();
                double[] xs = new double[cs.length];
                double[] ys = new double[cs.length];
                for (int k = 0; k < cs.length; k++) {
                    xs[k] = view.screenX(cs[k].x);
                    ys[k] = view.screenY(cs[k].y);
                }
                surface.polyline(xs, ys, cs.length, new Surface.Stroke(FIX, 3, 8, 5));
            }
        }
    }

    private int cornerAt(double x, double y, Viewport view) {
        List<GeoPoint> c = model.corners();
        for (int i = c.size() - 1; i >= 0; i--) {
            if (near(x, y, view.screenX(c.get(i).lon()), view.screenY(c.get(i).lat()))) {
                return i;
            }
        }
        return -1;
    }

    /** The edge (from corner i to i + 1) whose midpoint handle is at (x, y), or -1. */
    private int midpointAt(double x, double y, Viewport view) {
        List<GeoPoint> c = model.corners();
        for (int i = 0; i < c.size() && c.size() >= 2; i++) {
            GeoPoint m = midpoint(i);
            if (near(x, y, view.screenX(m.lon()), view.screenY(m.lat()))) {
                return i;
            }
        }
        return -1;
    }

    /** The handle's position: half-way along the geodesic edge, so a corner dropped there adds no bend. */
    private GeoPoint midpoint(int edge) {
        GeoPoint a = model.corners().get(edge);
        GeoPoint b = model.corners().get((edge + 1) % model.corners().size());
        GeodesicInverse g = Geodesy.inverse(a, b);
        return Geodesy.direct(a, g.azimuth1(), new Distance(g.distance().metres() / 2));
    }

    private static boolean near(double x, double y, double hx, double hy) {
        return Math.abs(x - hx) <= HANDLE_PIXELS && Math.abs(y - hy) <= HANDLE_PIXELS;
    }
}
