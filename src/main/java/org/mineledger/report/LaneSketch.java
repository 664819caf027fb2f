package org.mineledger.report;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.LaneEnds;
import org.mineledger.model.laid.LaneOrGap;

/**
 * The lanes and gaps of a laid minefield on its trace sketch, and the sketch's key. Each lane or gap whose entry
 * marker and course are known is drawn from its entry to its exit marker as a band of its width at the sketch's
 * scale (never thinner than {@link #MIN_BAND_PT}): lanes as a green band with solid edges, gaps as brown dashed
 * edges; a lane or gap with only its entry marker known is drawn as an open square at the entry. Each carries its label
 * ("(closed)" added for a closed lane).
 */
final class LaneSketch {
    /** A band narrower than this on paper would not be seen; it is drawn this wide. */
    static final float MIN_BAND_PT = 3f;
    /** Width reserved at the left of the sketch for the key. */
    static final float KEY_WIDTH_PT = 78f;
    static final float[] LANE_FILL = {0.70f, 0.90f, 0.70f};
    private static final float[] LANE_EDGE = {0f, 0.45f, 0f};
    private static final float[] GAP_EDGE = {0.55f, 0.30f, 0f};

    /** A lane or gap placed on the sketch: east/north metres from the reference point; exit null if unknown. */
    record Placed(LaneOrGap lane, Point2D.Double entry, Point2D.Double exit) {
    }

    private LaneSketch() {
    }

    /** The lanes and gaps with a known entry marker; one whose legs cannot be followed is left to the table. */
    static List<Placed> place(LaidMinefieldRecord r, Function<GeoPoint, Point2D.Double> local) {
        List<Placed> out = new ArrayList<>();
        for (LaneOrGap l : r.lanesAndGaps()) {
            LaneEnds ends;
            try {
                ends = r.laneEnds(l);
            } catch (IllegalArgumentException e) {
                continue; // e.g. magnetic course without declination: the compliance section names it
            }
            if (ends.entry() != null) {
                out.add(new Placed(l, local.apply(ends.entry()), ends.exit() == null ? null
                        : local.apply(ends.exit())));
            }
        }
        return out;
    }

    /** Draws the lanes and gaps; {@code page} maps local metres to page points, {@code mpp} metres per point. */
    static void draw(PDPageContentStream cs, FormPdf pdf, List<Placed> lanes,
            Function<Point2D.Double, float[]> page, double mpp) throws IOException {
        for (Placed p : lanes) {
            float[] a = page.apply(p.entry());
            String label = p.lane().label() + (p.lane().closed() ? " (closed)" : "");
            float tw = pdf.bold.getStringWidth(label) / 1000 * 7;
            float[] labelAt;
            if (p.exit() == null) {
                colour(cs, p.lane().gap() ? GAP_EDGE : LANE_EDGE, false);
                cs.setLineWidth(0.8f);
                openSquare(cs, a, 3.5f);
                labelAt = new float[] {a[0] + 5, a[1] - 3};
            } else {
                float[] b = page.apply(p.exit());
                band(cs, a, b, (float) Math.max(MIN_BAND_PT, p.lane().width().metres() / mpp), p.lane().gap());
                // centred just beyond the exit marker, along the course
                double len = Math.max(1e-6, Math.hypot(b[0] - a[0], b[1] - a[1]));
                double ux = (b[0] - a[0]) / len;
                double uy = (b[1] - a[1]) / len;
                double off = 5 + Math.abs(ux) * tw / 2 + Math.abs(uy) * 4;
                labelAt = new float[] {(float) (b[0] + ux * off - tw / 2), (float) (b[1] + uy * off - 2.5)};
            }
            colour(cs, p.lane().gap() ? GAP_EDGE : LANE_EDGE, true);
            pdf.text(pdf.bold, 7, labelAt[0], labelAt[1], label);
        }
        cs.setLineDashPattern(new float[] {}, 0);
        colour(cs, new float[] {0, 0, 0}, false);
        colour(cs, new float[] {0, 0, 0}, true);
    }

    private static void band(PDPageContentStream cs, float[] a, float[] b, float width, boolean gap)
            throws IOException {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len = Math.hypot(dx, dy);
        float nx = len == 0 ? 0 : (float) (-dy / len * width / 2);
        float ny = len == 0 ? width / 2 : (float) (dx / len * width / 2);
        if (!gap) {
            colour(cs, LANE_FILL, true);
            quad(cs, a, b, nx, ny);
            cs.fill();
        }
        colour(cs, gap ? GAP_EDGE : LANE_EDGE, false);
        cs.setLineWidth(0.7f);
        cs.setLineDashPattern(gap ? new float[] {3, 2} : new float[] {}, 0);
        cs.moveTo(a[0] + nx, a[1] + ny);
        cs.lineTo(b[0] + nx, b[1] + ny);
        cs.moveTo(a[0] - nx, a[1] - ny);
        cs.lineTo(b[0] - nx, b[1] - ny);
        cs.stroke();
        cs.setLineDashPattern(new float[] {}, 0);
        // entry and exit markers: a bar across each end
        cs.moveTo(a[0] + nx, a[1] + ny);
        cs.lineTo(a[0] - nx, a[1] - ny);
        cs.moveTo(b[0] + nx, b[1] + ny);
        cs.lineTo(b[0] - nx, b[1] - ny);
        cs.stroke();
    }

    private static void quad(PDPageContentStream cs, float[] a, float[] b, float nx, float ny) throws IOException {
        cs.moveTo(a[0] + nx, a[1] + ny);
        cs.lineTo(b[0] + nx, b[1] + ny);
        cs.lineTo(b[0] - nx, b[1] - ny);
        cs.lineTo(a[0] - nx, a[1] - ny);
        cs.closePath();
    }

    private static void openSquare(PDPageContentStream cs, float[] c, float r) throws IOException {
        cs.addRect(c[0] - r, c[1] - r, 2 * r, 2 * r);
        cs.stroke();
    }

    private static void colour(PDPageContentStream cs, float[] rgb, boolean fill) throws IOException {
        if (fill) {
            cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        } else {
            cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        }
    }

    /** The key in the top-left corner of the sketch box: perimeter, strip, tie line, lane, gap. */
    static void key(PDPageContentStream cs, FormPdf pdf, float x, float top) throws IOException {
        float y = top - 12;
        pdf.text(pdf.bold, 7, x, y, "Key");
        String[] names = {"Perimeter", "Strip", "LM–RP tie", "Lane (width", "Gap (width"};
        for (int i = 0; i < names.length; i++) {
            y -= 11;
            float ly = y + 2.5f;
            switch (i) {
                case 0 -> line(cs, new float[] {0.8f, 0, 0}, 1.2f, null, x, ly);
                case 1 -> line(cs, new float[] {0, 0, 0.6f}, 0.8f, new float[] {4, 2}, x, ly);
                case 2 -> line(cs, new float[] {0, 0, 0}, 0.5f, null, x, ly);
                default -> band(cs, new float[] {x, ly}, new float[] {x + 18, ly}, 5, i == 4);
            }
            colour(cs, new float[] {0, 0, 0}, true);
            pdf.text(pdf.regular, 6.5f, x + 22, y, names[i] + (i >= 3 ? " to scale)" : ""));
        }
        colour(cs, new float[] {0, 0, 0}, false);
        colour(cs, new float[] {0, 0, 0}, true);
    }

    private static void line(PDPageContentStream cs, float[] rgb, float width, float[] dash, float x, float y)
            throws IOException {
        colour(cs, rgb, false);
        cs.setLineWidth(width);
        cs.setLineDashPattern(dash == null ? new float[] {} : dash, 0);
        cs.moveTo(x, y);
        cs.lineTo(x + 18, y);
        cs.stroke();
        cs.setLineDashPattern(new float[] {}, 0);
    }
}
