package org.mineledger.map;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.model.evidence.SurveyEvidence;

/**
 * Draws survey evidence small, so it never hides a hazard boundary: waypoints as violet dots with a white rim,
 * tracks as thin dashed violet lines, names beside waypoints when zoomed in far enough to read them.
 */
public final class EvidencePainter {
    private static final RgbaColor EVIDENCE = RgbaColor.hex("#7B2CBF", 1);
    private static final RgbaColor RIM = RgbaColor.hex("#FFFFFF", 1);
    private static final RgbaColor INK = RgbaColor.hex("#3C096C", 1);
    /** Display (Web Mercator) metres per pixel below which names are written; about 1.3 ground metres at 50° N. */
    private static final double LABEL_MAX_RESOLUTION = 2.0;

    private EvidencePainter() {
    }

    public static void paint(Surface surface, Viewport view, List<SurveyEvidence> evidence) {
        boolean labels = view.resolution() <= LABEL_MAX_RESOLUTION;
        Surface.Stroke track = new Surface.Stroke(EVIDENCE, 1.5, 4, 3);
        for (SurveyEvidence e : evidence) {
            Coordinate[] cs = e.geometry().getCoordinates();
            if (e.isPoint()) {
                double x = view.screenX(cs[0].x);
                double y = view.screenY(cs[0].y);
                if (x < -10 || y < -10 || x > view.width() + 10 || y > view.height() + 10) {
                    continue;
                }
                surface.dot(x, y, 3, EVIDENCE, Surface.Stroke.solid(RIM, 1));
                if (labels && !e.name().isEmpty()) {
                    surface.text(e.name(), x + 5, y - 3, 9, INK, false, true);
                }
            } else {
                double[] xs = new double[cs.length];
                double[] ys = new double[cs.length];
                for (int i = 0; i < cs.length; i++) {
                    xs[i] = view.screenX(cs[i].x);
                    ys[i] = view.screenY(cs[i].y);
                }
                surface.polyline(xs, ys, cs.length, track);
            }
        }
    }

    /**
     * The evidence feature drawn nearest to screen position ({@code x}, {@code y}) within {@code tolerancePx} pixels
     * (a waypoint's dot or a track's line), waypoints first since they sit on top of tracks.
     */
    public static Optional<SurveyEvidence> hitAt(Viewport view, List<SurveyEvidence> evidence, double x, double y,
            double tolerancePx) {
        SurveyEvidence best = null;
        double bestDistance = tolerancePx;
        for (boolean points : new boolean[] {true, false}) {
            for (SurveyEvidence e : evidence) {
                if (e.isPoint() != points) {
                    continue;
                }
                double d = screenDistance(view, e.geometry().getCoordinates(), x, y);
                if (d <= bestDistance) {
                    best = e;
                    bestDistance = d;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** Pixels from (x, y) to the point or polyline {@code cs} as drawn. */
    private static double screenDistance(Viewport view, Coordinate[] cs, double x, double y) {
        double ax = view.screenX(cs[0].x);
        double ay = view.screenY(cs[0].y);
        double best = Math.hypot(x - ax, y - ay);
        for (int i = 1; i < cs.length; i++) {
            double bx = view.screenX(cs[i].x);
            double by = view.screenY(cs[i].y);
            double dx = bx - ax;
            double dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
            best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
            ax = bx;
            ay = by;
        }
        return best;
    }

    /** The longitude/latitude bounds of {@code evidence}, null envelope when empty. */
    public static Envelope extent(List<SurveyEvidence> evidence) {
        Envelope out = new Envelope();
        evidence.forEach(e -> out.expandToInclude(e.geometry().getEnvelopeInternal()));
        return out;
    }
}
