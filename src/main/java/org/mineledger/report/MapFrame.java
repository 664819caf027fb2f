package org.mineledger.report;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Utm;
import org.mineledger.geo.UtmPosition;

/**
 * A map box on paper at a true, stated scale 1:N in a UTM zone's grid (grid north up): the smallest standard
 * scale at which the content fits the box. One grid metre is {@code 1000 / N} mm on paper; the UTM scale factor
 * (0.9996 to about 1.0004 inside a zone) is the only difference from ground distances.
 */
final class MapFrame {
    /** Standard map scales, largest first. */
    static final int[] SCALES = {250, 500, 1000, 2000, 2500, 5000, 10_000, 25_000, 50_000, 100_000, 250_000};

    private final int zone;
    private final int scale;
    private final double centreE;
    private final double centreN;
    private final float x0;
    private final float y0;
    private final float width;
    private final float height;
    private final boolean north;

    /** Frames {@code content} (WGS84) in a box at (x0, y0) of width and height in PDF points. */
    MapFrame(List<GeoPoint> content, float x0, float y0, float width, float height) {
        this.zone = Utm.standardZone(content.get(0));
        this.north = content.get(0).lat() >= 0;
        Envelope e = new Envelope();
        for (GeoPoint p : content) {
            UtmPosition u = Utm.forward(p, zone);
            e.expandToInclude(u.easting(), u.northing());
        }
        this.centreE = (e.getMinX() + e.getMaxX()) / 2;
        this.centreN = (e.getMinY() + e.getMaxY()) / 2;
        this.x0 = x0;
        this.y0 = y0;
        this.width = width;
        this.height = height;
        double widthMm = width / PdfPageFlow.MM * 0.85; // keep 15 % for labels round the edge
        double heightMm = height / PdfPageFlow.MM * 0.85;
        int chosen = SCALES[SCALES.length - 1];
        for (int s : SCALES) {
            if (e.getWidth() * 1000 / s <= widthMm && e.getHeight() * 1000 / s <= heightMm) {
                chosen = s;
                break;
            }
        }
        this.scale = chosen;
    }

    int scale() {
        return scale;
    }

    int zone() {
        return zone;
    }

    /** PDF points per grid metre at this scale. */
    double pointsPerMetre() {
        return 1000.0 / scale * PdfPageFlow.MM;
    }

    /** Where a position falls on the page, in PDF points (x, y). */
    float[] toPage(GeoPoint p) {
        UtmPosition u = Utm.forward(p, zone);
        return new float[] {
            (float) (x0 + width / 2 + (u.easting() - centreE) * pointsPerMetre()),
            (float) (y0 + height / 2 + (u.northing() - centreN) * pointsPerMetre())};
    }

    /** Meridian convergence at the centre, degrees: the angle from true north to grid north. */
    double convergence() {
        GeoPoint c = Utm.inverse(new UtmPosition(zone, north, centreE, centreN));
        return Utm.convergence(c, zone);
    }

    float x0() {
        return x0;
    }

    float y0() {
        return y0;
    }

    float width() {
        return width;
    }

    float height() {
        return height;
    }

    /** A round scale-bar length about a fifth of the frame's width. */
    int scaleBarMetres() {
        double target = width() / pointsPerMetre() / 5;
        int best = 1;
        for (int c : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000}) {
            if (c <= target) {
                best = c;
            }
        }
        return best;
    }
}
