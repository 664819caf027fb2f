package org.mineledger.report;

import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.Distance;
import org.mineledger.geo.Utm;
import org.mineledger.geo.UtmPosition;

/**
 * Where a map extract sits on its page and how ground positions land on it: UTM (conformal) in the zone of
 * the extract's centre, divided by the UTM point scale factor at the centre so that the stated scale is true
 * for geodesic distances there (UTM's own scale error, up to 0.04 % in a zone, would otherwise add to it).
 *
 * @param left        frame left edge, PDF points from the page's left
 * @param bottom      frame bottom edge, PDF points from the page's bottom
 * @param width       frame width in points
 * @param height      frame height in points
 * @param centre      ground position at the centre of the frame
 * @param zone        UTM zone used for the projection
 * @param scale       stated scale
 * @param pointScale  UTM point scale factor k at the centre (grid metres per ground metre)
 */
public record ExtractPlacement(double left, double bottom, double width, double height, GeoPoint centre, int zone,
        MapScale scale, double pointScale) {
    /** Ground step used to measure the point scale factor (short enough that k is constant along it). */
    private static final double K_STEP_M = 100;

    /** A placement centred on {@code centre}, measuring the UTM point scale factor there. */
    public static ExtractPlacement of(double left, double bottom, double width, double height, GeoPoint centre,
            MapScale scale) {
        int zone = Utm.standardZone(centre);
        UtmPosition c = Utm.forward(centre, zone);
        GeoPoint east = Geodesy.direct(centre, 90, Distance.ofMetres(K_STEP_M));
        UtmPosition e = Utm.forward(east, zone);
        double k = Math.hypot(e.easting() - c.easting(), e.northing() - c.northing()) / K_STEP_M;
        return new ExtractPlacement(left, bottom, width, height, centre, zone, scale, k);
    }

    /** UTM easting and northing of a point in this extract's zone. */
    public double[] grid(GeoPoint p) {
        UtmPosition u = Utm.forward(p, zone);
        return new double[] {u.easting(), u.northing()};
    }

    /** Position of a point in PDF page coordinates (points, y up). */
    public double[] toPage(GeoPoint p) {
        return toPageFromGrid(grid(p));
    }

    /** Position of a UTM grid coordinate (this zone) in PDF page coordinates. */
    public double[] toPageFromGrid(double[] en) {
        double[] c = grid(centre);
        double x = left + width / 2 + scale.pointsFor((en[0] - c[0]) / pointScale);
        double y = bottom + height / 2 + scale.pointsFor((en[1] - c[1]) / pointScale);
        return new double[] {x, y};
    }

    /** The ground position at a PDF page coordinate. */
    public GeoPoint atPage(double x, double y) {
        double[] c = grid(centre);
        double e = c[0] + scale.metresFor(x - left - width / 2) * pointScale;
        double n = c[1] + scale.metresFor(y - bottom - height / 2) * pointScale;
        return Utm.inverse(new UtmPosition(zone, centre.lat() >= 0, e, n));
    }

    /** Ground width of the frame in metres. */
    public double groundWidthM() {
        return scale.metresFor(width);
    }

    /** Ground height of the frame in metres. */
    public double groundHeightM() {
        return scale.metresFor(height);
    }
}
