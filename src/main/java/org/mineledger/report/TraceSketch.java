package org.mineledger.report;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicInverse;
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.Traverse;
import org.mineledger.geo.TraverseLeg;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.Strip;

/**
 * The trace of a laid minefield drawn to a stated scale: landmark, reference point, perimeter with its
 * turning points, the strips, the lanes and gaps (width to scale, see {@link LaneSketch}) and a key. Points
 * are placed by geodesic distance and true azimuth from the reference point (azimuthal equidistant), north up;
 * the scale is the largest standard one at which the trace fits beside the key.
 */
final class TraceSketch implements FormPdf.Drawer {
    /** Standard map scales, largest first. */
    private static final int[] SCALES = {100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000,
        50_000, 100_000, 250_000};
    private static final double METRES_PER_POINT_AT_1 = 0.0254 / 72;

    private final LaidMinefieldRecord record;
    private final FormPdf pdf;
    private int scale;
    private java.util.function.Function<Point2D.Double, float[]> page;

    TraceSketch(LaidMinefieldRecord record, FormPdf pdf) {
        this.record = record;
        this.pdf = pdf;
    }

    /** The scale denominator used in the last drawing (1:N). */
    int scale() {
        return scale;
    }

    @Override
    public void draw(PDPageContentStream cs, float x, float y, float w, float h) throws IOException {
        Traverse t = record.traverse();
        GeoPoint rp = t.referencePoint();
        List<Point2D.Double> tps = new ArrayList<>();
        t.turningPoints().forEach(p -> tps.add(local(rp, p)));
        Point2D.Double lm = local(rp, record.landmark().position());
        List<List<Point2D.Double>> strips = new ArrayList<>();
        for (Strip s : record.strips()) {
            if (s.startFromReference() != null) {
                List<Point2D.Double> line = new ArrayList<>();
                GeoPoint at = Traverse.referenceFromLandmark(rp, s.startFromReference(), record.north());
                line.add(local(rp, at));
                for (TraverseLeg leg : s.legs()) {
                    at = Traverse.referenceFromLandmark(at, leg, record.north());
                    line.add(local(rp, at));
                }
                strips.add(line);
            }
        }
        List<LaneSketch.Placed> lanes = LaneSketch.place(record, p -> local(rp, p));
        List<Point2D.Double> all = new ArrayList<>(tps);
        lanes.forEach(l -> {
            all.add(l.entry());
            if (l.exit() != null) {
                all.add(l.exit());
            }
        });
        all.add(lm);
        all.add(new Point2D.Double(0, 0));
        strips.forEach(all::addAll);
        double minX = all.stream().mapToDouble(p -> p.x).min().orElse(0);
        double maxX = all.stream().mapToDouble(p -> p.x).max().orElse(0);
        double minY = all.stream().mapToDouble(p -> p.y).min().orElse(0);
        double maxY = all.stream().mapToDouble(p -> p.y).max().orElse(0);
        float pad = 28;
        float key = LaneSketch.KEY_WIDTH_PT;
        scale = SCALES[SCALES.length - 1];
        for (int s : SCALES) {
            double mpp = s * METRES_PER_POINT_AT_1;
            if ((maxX - minX) / mpp <= w - 2 * pad - key && (maxY - minY) / mpp <= h - 2 * pad) {
                scale = s;
                break;
            }
        }
        double mpp = scale * METRES_PER_POINT_AT_1;
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        float ox = x + key + (w - key) / 2;
        float oy = y + h / 2;
        page = p -> new float[] {(float) (ox + (p.x - cx) / mpp), (float) (oy + (p.y - cy) / mpp)};

        cs.setLineWidth(0.4f);
        cs.addRect(x, y, w, h);
        cs.stroke();
        // perimeter
        cs.setStrokingColor(0.8f, 0f, 0f);
        cs.setLineWidth(1.2f);
        for (int i = 0; i <= tps.size(); i++) {
            float[] p = page.apply(tps.get(i % tps.size()));
            if (i == 0) {
                cs.moveTo(p[0], p[1]);
            } else {
                cs.lineTo(p[0], p[1]);
            }
        }
        cs.stroke();
        // strips
        cs.setStrokingColor(0f, 0f, 0.6f);
        cs.setLineWidth(0.8f);
        cs.setLineDashPattern(new float[] {4, 2}, 0);
        for (int i = 0; i < strips.size(); i++) {
            List<Point2D.Double> line = strips.get(i);
            for (int j = 0; j < line.size(); j++) {
                float[] p = page.apply(line.get(j));
                if (j == 0) {
                    cs.moveTo(p[0], p[1]);
                } else {
                    cs.lineTo(p[0], p[1]);
                }
            }
            cs.stroke();
        }
        cs.setLineDashPattern(new float[] {}, 0);
        cs.setStrokingColor(0f, 0f, 0f);
        LaneSketch.draw(cs, pdf, lanes, page, mpp);
        // tie line LM - RP
        float[] plm = page.apply(lm);
        float[] prp = page.apply(new Point2D.Double(0, 0));
        cs.setLineWidth(0.5f);
        cs.moveTo(plm[0], plm[1]);
        cs.lineTo(prp[0], prp[1]);
        cs.stroke();
        for (int i = 0; i < tps.size(); i++) {
            mark(cs, page.apply(tps.get(i)), "TP" + (i + 1));
        }
        mark(cs, plm, "LM");
        mark(cs, prp, "RP");
        int k = 0;
        for (Strip s : record.strips()) {
            if (s.startFromReference() != null) {
                float[] p = page.apply(strips.get(k++).get(0));
                pdf.text(pdf.bold, 7, p[0] - 10, p[1] + 3, s.label());
            }
        }
        LaneSketch.key(cs, pdf, x + 8, y + h);
        northArrowAndScale(cs, x, y, w, h, mpp);
    }

    /** Where a point falls on the page in the last drawing (x, y in points from the bottom left). */
    float[] pageOf(GeoPoint p) {
        return page.apply(local(record.traverse().referencePoint(), p));
    }

    private void mark(PDPageContentStream cs, float[] p, String label) throws IOException {
        cs.addRect(p[0] - 1.8f, p[1] - 1.8f, 3.6f, 3.6f);
        cs.fill();
        pdf.text(pdf.regular, 7, p[0] + 3, p[1] + 3, label);
    }

    private void northArrowAndScale(PDPageContentStream cs, float x, float y, float w, float h, double mpp)
            throws IOException {
        float nx = x + w - 16;
        float ny = y + h - 36;
        cs.moveTo(nx, ny);
        cs.lineTo(nx - 5, ny - 4);
        cs.lineTo(nx, ny + 18);
        cs.lineTo(nx + 5, ny - 4);
        cs.closePath();
        cs.fill();
        pdf.text(pdf.bold, 8, nx - 3, ny + 21, "N");
        pdf.text(pdf.regular, 6.5f, x + w - 50, ny - 12, "true north");
        double bar = niceLength(mpp * 120);
        float len = (float) (bar / mpp);
        cs.setLineWidth(1.5f);
        cs.moveTo(x + 10, y + 12);
        cs.lineTo(x + 10 + len, y + 12);
        cs.stroke();
        pdf.text(pdf.regular, 7, x + 10, y + 16, String.format(Locale.ROOT, "0        %.0f m", bar));
        pdf.text(pdf.bold, 8, x + 20 + len, y + 10, String.format(Locale.ROOT,
                "Scale 1:%,d on A4 (azimuthal equidistant about RP, geodesic distances)", scale));
    }

    private static double niceLength(double metres) {
        double p = Math.pow(10, Math.floor(Math.log10(metres)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * p <= metres) {
                return m * p;
            }
        }
        return p;
    }

    /** East and north in metres from the reference point. */
    private static Point2D.Double local(GeoPoint origin, GeoPoint p) {
        GeodesicInverse g = Geodesy.inverse(origin, p);
        double az = Math.toRadians(g.azimuth1());
        double d = g.distance().metres();
        return new Point2D.Double(d * Math.sin(az), d * Math.cos(az));
    }
}
