package org.mineledger.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicInverse;
import org.mineledger.geo.Geodesy;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.model.survey.ReleaseKind;

/**
 * A hazard area drawn to a stated scale with its releases and finds, in GICHD land-release colours: the CHA
 * or SHA outline, released land filled green (cleared), light green (reduced) or grey (cancelled), finds as
 * black crosses. Local azimuthal equidistant about the area's centre, north up.
 */
final class HazardSketch implements FormPdf.Drawer {
    private static final int[] SCALES = {200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000,
        100_000, 250_000, 500_000};
    private static final double METRES_PER_POINT_AT_1 = 0.0254 / 72;

    private final Polygon hazard;
    private final boolean confirmed;
    private final List<LandReleaseEvent> releases;
    private final List<OrdnanceFind> finds;
    private final FormPdf pdf;

    HazardSketch(Polygon hazard, boolean confirmed, List<LandReleaseEvent> releases, List<OrdnanceFind> finds,
            FormPdf pdf) {
        this.hazard = hazard;
        this.confirmed = confirmed;
        this.releases = releases;
        this.finds = finds;
        this.pdf = pdf;
    }

    @Override
    public void draw(PDPageContentStream cs, float x, float y, float w, float h) throws IOException {
        Envelope env = hazard.getEnvelopeInternal();
        GeoPoint centre = new GeoPoint((env.getMinY() + env.getMaxY()) / 2, (env.getMinX() + env.getMaxX()) / 2);
        double width = Geodesy.inverse(new GeoPoint(centre.lat(), env.getMinX()),
                new GeoPoint(centre.lat(), env.getMaxX())).distance().metres();
        double height = Geodesy.inverse(new GeoPoint(env.getMinY(), centre.lon()),
                new GeoPoint(env.getMaxY(), centre.lon())).distance().metres();
        int scale = SCALES[SCALES.length - 1];
        for (int s : SCALES) {
            double mpp = s * METRES_PER_POINT_AT_1;
            if (width / mpp <= w - 40 && height / mpp <= h - 40) {
                scale = s;
                break;
            }
        }
        double mpp = scale * METRES_PER_POINT_AT_1;
        float ox = x + w / 2;
        float oy = y + h / 2;
        cs.setLineWidth(0.4f);
        cs.addRect(x, y, w, h);
        cs.stroke();
        for (LandReleaseEvent e : releases) {
            float[] rgb = e.kind() == ReleaseKind.CLEARED ? new float[] {0.2f, 0.65f, 0.2f}
                    : e.kind() == ReleaseKind.REDUCED ? new float[] {0.6f, 0.85f, 0.5f} : new float[] {0.8f, 0.8f, 0.8f};
            cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            path(cs, e.polygon(), centre, mpp, ox, oy);
            cs.fill();
        }
        // GICHD land-release symbology: CHA #FF0000, SHA #F4A718 outline.
        if (confirmed) {
            cs.setStrokingColor(1f, 0f, 0f);
        } else {
            cs.setStrokingColor(0xF4 / 255f, 0xA7 / 255f, 0x18 / 255f);
        }
        cs.setLineWidth(1.5f);
        path(cs, hazard, centre, mpp, ox, oy);
        cs.stroke();
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.setLineWidth(1f);
        for (OrdnanceFind f : finds) {
            float[] p = page(centre, f.position(), mpp, ox, oy);
            cs.moveTo(p[0] - 3, p[1] - 3);
            cs.lineTo(p[0] + 3, p[1] + 3);
            cs.moveTo(p[0] - 3, p[1] + 3);
            cs.lineTo(p[0] + 3, p[1] - 3);
            cs.stroke();
        }
        pdf.text(pdf.bold, 8, x + 6, y + 6, String.format(Locale.ROOT, "Scale 1:%,d on A4, north up (true). "
                + "Green: cleared, light green: reduced, grey: cancelled, ×: ordnance find.", scale));
    }

    private static void path(PDPageContentStream cs, Polygon poly, GeoPoint centre, double mpp, float ox, float oy)
            throws IOException {
        Coordinate[] c = poly.getExteriorRing().getCoordinates();
        for (int i = 0; i < c.length; i++) {
            float[] p = page(centre, new GeoPoint(c[i].y, c[i].x), mpp, ox, oy);
            if (i == 0) {
                cs.moveTo(p[0], p[1]);
            } else {
                cs.lineTo(p[0], p[1]);
            }
        }
        cs.closePath();
    }

    private static float[] page(GeoPoint centre, GeoPoint p, double mpp, float ox, float oy) {
        GeodesicInverse g = Geodesy.inverse(centre, p);
        double az = Math.toRadians(g.azimuth1());
        double d = g.distance().metres();
        return new float[] {(float) (ox + d * Math.sin(az) / mpp), (float) (oy + d * Math.cos(az) / mpp)};
    }
}
