package org.mineledger.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.PathMeasure;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;
import org.mineledger.map.Viewport;

/**
 * Measures on the map by clicks: the geodesic length of a path, or the geodesic area of the polygon the clicks
 * close. Backspace removes the last point, Esc clears; dragging still pans the map.
 */
public final class MeasureTool implements MapTool {
    /** What is measured. */
    public enum Mode { DISTANCE, AREA }

    private static final RgbaColor INK = RgbaColor.hex("#0050FF", 1);
    private static final RgbaColor FILL = RgbaColor.hex("#0050FF", 0.15);
    private final Mode mode;
    private final Runnable repaint;
    private final List<GeoPoint> points = new ArrayList<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");

    public MeasureTool(Mode mode, Runnable repaint) {
        this.mode = mode;
        this.repaint = repaint;
        update();
    }

    public Mode mode() {
        return mode;
    }

    /** The measurement as text, e.g. "Distance 1,234.56 m (3 points)". */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The points clicked so far. */
    public List<GeoPoint> points() {
        return List.copyOf(points);
    }

    /** Adds a point, as a click does. */
    public void add(GeoPoint p) {
        points.add(p);
        update();
    }

    @Override
    public boolean pressed(MouseEvent e, Viewport view) {
        return false;
    }

    @Override
    public void dragged(MouseEvent e, Viewport view) {
    }

    @Override
    public void released(MouseEvent e, Viewport view) {
    }

    @Override
    public boolean clicked(MouseEvent e, Viewport view) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        add(new GeoPoint(view.latAt(e.getY()), view.lonAt(e.getX())));
        return true;
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            points.clear();
        } else if (e.getCode() == KeyCode.BACK_SPACE && !points.isEmpty()) {
            points.remove(points.size() - 1);
        } else {
            return false;
        }
        update();
        return true;
    }

    @Override
    public void paint(Surface surface, Viewport view) {
        int n = points.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = view.screenX(points.get(i).lon());
            ys[i] = view.screenY(points.get(i).lat());
        }
        Surface.Stroke line = new Surface.Stroke(INK, 2, 8, 4);
        if (mode == Mode.AREA && n >= 3) {
            surface.polygon(new double[][] {xs}, new double[][] {ys}, new int[] {n}, FILL, line);
        } else {
            surface.polyline(xs, ys, n, line);
        }
        for (int i = 0; i < n; i++) {
            surface.dot(xs[i], ys[i], 4, RgbaColor.hex("#FFFFFF", 1), Surface.Stroke.solid(INK, 2));
        }
        if (n > 0) {
            surface.text(result.get(), xs[n - 1] + 10, ys[n - 1] - 10, 13, INK, true, true);
        }
    }

    private void update() {
        PathMeasure m = PathMeasure.of(points);
        if (points.isEmpty()) {
            result.set(mode == Mode.DISTANCE ? "Distance: click points on the map (Backspace undoes, Esc clears)"
                    : "Area: click the corners on the map (Backspace undoes, Esc clears)");
        } else if (mode == Mode.DISTANCE) {
            result.set(String.format(Locale.ROOT, "Distance %,.2f m (%d points, geodesic)", m.length().metres(),
                    points.size()));
        } else {
            result.set(String.format(Locale.ROOT, "Area %,.1f m² = %,.4f ha, perimeter %,.2f m (geodesic)",
                    m.areaSquareMetres(), m.areaSquareMetres() / 10_000, m.closedPerimeter().metres()));
        }
        repaint.run();
    }
}
