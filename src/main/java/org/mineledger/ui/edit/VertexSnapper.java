package org.mineledger.ui.edit;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;
import org.mineledger.map.Viewport;

/** Pulls a pointer position onto the nearest corner of another hazard area within a few pixels. */
public final class VertexSnapper {
    /** Default reach: about the size of a drawn vertex handle plus a hand's unsteadiness. */
    public static final double DEFAULT_PIXELS = 8;
    private final List<Polygon> others;
    private final List<Envelope> envelopes;

    public VertexSnapper(List<Polygon> others) {
        this.others = List.copyOf(others);
        this.envelopes = this.others.stream().map(Polygon::getEnvelopeInternal).toList();
    }

    /** The corner of another area nearest to screen point (x, y) within {@code pixels}, if any. */
    public Optional<GeoPoint> snap(double x, double y, Viewport view, double pixels) {
        Envelope near = new Envelope(view.lonAt(x - pixels), view.lonAt(x + pixels), view.latAt(y + pixels),
                view.latAt(y - pixels));
        Coordinate best = null;
        double bestD = pixels * pixels;
        for (int i = 0; i < others.size(); i++) {
            if (!envelopes.get(i).intersects(near)) {
                continue;
            }
            for (Coordinate c : others.get(i).getCoordinates()) {
                double dx = view.screenX(c.x) - x;
                double dy = view.screenY(c.y) - y;
                double d = dx * dx + dy * dy;
                if (d <= bestD) {
                    bestD = d;
                    best = c;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new GeoPoint(best.y, best.x));
    }

    /** The pointer position itself, or the corner it snaps to. */
    public GeoPoint positionAt(double x, double y, Viewport view) {
        return snap(x, y, view, DEFAULT_PIXELS).orElseGet(() -> GeoPoint.ofWrapped(
                Math.max(-90, Math.min(90, view.latAt(y))), view.lonAt(x)));
    }
}
