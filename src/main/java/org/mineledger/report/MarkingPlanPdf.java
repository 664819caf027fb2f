package org.mineledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.GeoPoint;
import org.mineledger.io.DataFileException;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.marking.MarkingPlan;
import org.mineledger.plan.marking.MaterialLine;
import org.mineledger.plan.marking.Sign;
import org.mineledger.plan.marking.SignReason;

/**
 * The marking plan as a PDF for the team in the field: a map extract at a true stated scale with the numbered
 * signs, the sign coordinate table, materials, labour and every assumption, under a classification banner and,
 * for training data, the training mark on every page.
 */
public final class MarkingPlanPdf {
    /** Default classification line; a programme sets its own with {@link #withClassification}. */
    public static final String DEFAULT_CLASSIFICATION = "UNCLASSIFIED — FOR MINE ACTION USE";
    private static final float[] TABLE = {0, 40, 110, 330, 390};

    private final CoordinateFormatter formatter;
    private final String trainingBanner;
    private final String classification;

    public MarkingPlanPdf(CoordinateFormatter formatter, String trainingBanner) {
        this(formatter, trainingBanner, DEFAULT_CLASSIFICATION);
    }

    private MarkingPlanPdf(CoordinateFormatter formatter, String trainingBanner, String classification) {
        this.formatter = formatter;
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner;
        this.classification = classification;
    }

    public MarkingPlanPdf withClassification(String text) {
        return new MarkingPlanPdf(formatter, trainingBanner, text == null || text.isBlank() ? DEFAULT_CLASSIFICATION
                : text.strip());
    }

    public void write(HazardArea area, MarkingPlan plan, Path file) {
        write(area, plan, List.of(), file);
    }

    /** Writes the PDF; {@code tracks} (WGS84) are drawn on the map extract so crossings can be seen. */
    public void write(HazardArea area, MarkingPlan plan, List<LineString> tracks, Path file) {
        try (PDDocument doc = new PDDocument()) {
            try (PdfPageFlow flow = new PdfPageFlow(doc, classification, trainingBanner)) {
                flow.heading("Marking plan — " + area.reference() + " " + area.name());
                flow.paragraph(area.kind().label() + ", " + area.status().label().toLowerCase(Locale.ROOT)
                        + ". Made " + LocalDate.now(ZoneOffset.UTC) + " with MineLedger. " + plan.signs().size()
                        + " warning signs; marked line " + metres(plan.perimeter().metres()) + " m (geodesic, WGS84).",
                        9);
                flow.skip(4);
                map(flow, area, plan, tracks);
                flow.heading("Signs (positions in " + formatter.system().id() + "; S-001 first, in walking order)");
                flow.row(8, true, TABLE, "Sign", "Reason", "Position", "Faces (true)", "Along line");
                for (Sign s : plan.signs()) {
                    flow.row(8, false, TABLE, s.number(), s.reason().label(), formatter.format(s.position()),
                            String.format(Locale.ROOT, "%05.1f°", s.facing().degrees()),
                            metres(s.chainage().metres()) + " m");
                }
                flow.heading("Materials");
                for (MaterialLine m : plan.materials()) {
                    flow.paragraph(quantity(m.quantity()) + " " + m.unit() + "  " + m.item() + " — " + m.basis(), 8);
                }
                flow.heading("Labour");
                flow.paragraph(String.format(Locale.ROOT, "%.1f person-hours.", plan.labourPersonHours()), 9);
                flow.heading("Assumptions and methods");
                for (String a : plan.assumptions()) {
                    flow.paragraph("• " + a, 8);
                }
            }
            doc.save(file.toFile());
        } catch (IOException | UncheckedIOException e) {
            throw new DataFileException("Cannot write the marking plan PDF " + file + ": " + e.getMessage()
                    + ". Check that the folder exists and you may write to it.", e);
        }
    }

    private void map(PdfPageFlow flow, HazardArea area, MarkingPlan plan, List<LineString> tracks)
            throws IOException {
        float height = 125 * PdfPageFlow.MM;
        float bottom = flow.block(height + 24);
        List<GeoPoint> content = new ArrayList<>(plan.markedLine());
        List<GeoPoint> hazard = new ArrayList<>();
        for (Coordinate c : area.polygon().getExteriorRing().getCoordinates()) {
            hazard.add(new GeoPoint(c.y, c.x));
        }
        content.addAll(hazard);
        MapFrame f = new MapFrame(content, PdfPageFlow.MARGIN, bottom + 24, flow.width(), height);
        PDPageContentStream cs = flow.content();
        cs.setLineWidth(0.6f);
        cs.addRect(f.x0(), f.y0(), f.width(), f.height());
        cs.stroke();
        cs.saveGraphicsState();
        cs.addRect(f.x0(), f.y0(), f.width(), f.height());
        cs.clip();
        cs.setStrokingColor(0.55f, 0.35f, 0.15f);
        cs.setLineWidth(1.2f);
        for (LineString t : tracks) {
            Coordinate[] c = t.getCoordinates();
            for (int i = 0; i < c.length; i++) {
                float[] p = f.toPage(new GeoPoint(c[i].y, c[i].x));
                if (i == 0) {
                    cs.moveTo(p[0], p[1]);
                } else {
                    cs.lineTo(p[0], p[1]);
                }
            }
            cs.stroke();
        }
        cs.restoreGraphicsState();
        cs.setLineWidth(0.6f);
        polygon(cs, f, hazard);
        cs.setNonStrokingColor(1f, 0.8f, 0.8f);
        cs.setStrokingColor(0.9f, 0f, 0f);
        cs.fillAndStroke();
        polygon(cs, f, plan.markedLine());
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setLineDashPattern(new float[] {3, 2}, 0);
        cs.closeAndStroke();
        cs.setLineDashPattern(new float[] {}, 0);
        for (Sign s : plan.signs()) {
            float[] p = f.toPage(s.position());
            cs.setNonStrokingColor(s.reason() == SignReason.TRACK_CROSSING ? 0.6f : 0.95f, 0.1f, 0f);
            cs.moveTo(p[0], p[1] + 3.5f);
            cs.lineTo(p[0] - 3f, p[1] - 2f);
            cs.lineTo(p[0] + 3f, p[1] - 2f);
            cs.closePath();
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            double a = Math.toRadians(s.facing().degrees() - f.convergence());
            flow.text(flow.regular(), 5.5f, p[0] + (float) (7 * Math.sin(a)) - 6,
                    p[1] + (float) (7 * Math.cos(a)) - 2, s.number().substring(2));
        }
        northArrow(cs, flow, f);
        int bar = scaleBarMetres(f);
        float barPts = (float) (bar * f.pointsPerMetre());
        float bx = f.x0() + 8;
        float by = f.y0() + 8;
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.addRect(bx, by, barPts, 2.5f);
        cs.fill();
        flow.text(flow.regular(), 7, bx, by + 5, "0");
        flow.text(flow.regular(), 7, bx + barPts - 12, by + 5, bar + " m");
        flow.text(flow.bold(), 9, f.x0(), bottom + 12, "Scale 1:" + f.scale()
                + " on A4 — print at 100 % (actual size), not \"fit to page\".");
        flow.text(flow.regular(), 7, f.x0(), bottom + 3, String.format(Locale.ROOT,
                "UTM zone %d grid, grid north up (true north %.2f° %s of grid north). Red: hazard polygon; dashed: "
                        + "marked line; brown: tracks; triangles: signs (number on the side they face).",
                f.zone(), Math.abs(f.convergence()), f.convergence() >= 0 ? "west" : "east"));
    }

    private static void polygon(PDPageContentStream cs, MapFrame f, List<GeoPoint> ring) throws IOException {
        float[] p = f.toPage(ring.get(0));
        cs.moveTo(p[0], p[1]);
        for (int i = 1; i < ring.size(); i++) {
            p = f.toPage(ring.get(i));
            cs.lineTo(p[0], p[1]);
        }
        cs.closePath();
    }

    private static void northArrow(PDPageContentStream cs, PdfPageFlow flow, MapFrame f) throws IOException {
        float x = f.x0() + f.width() - 14;
        float y = f.y0() + f.height() - 30;
        cs.moveTo(x, y + 18);
        cs.lineTo(x - 4, y);
        cs.lineTo(x + 4, y);
        cs.closePath();
        cs.fill();
        flow.text(flow.bold(), 8, x - 3, y + 21, "N");
    }

    /** A round scale-bar length about a fifth of the map's width. */
    static int scaleBarMetres(MapFrame f) {
        double target = f.width() / f.pointsPerMetre() / 5;
        int best = 1;
        for (int c : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000}) {
            if (c <= target) {
                best = c;
            }
        }
        return best;
    }

    /** A quantity as a team reads it: 12, 401.5. */
    public static String quantity(double q) {
        return BigDecimal.valueOf(Math.round(q * 10) / 10.0).stripTrailingZeros().toPlainString();
    }

    private static String metres(double m) {
        return String.format(Locale.ROOT, "%.1f", m);
    }
}
