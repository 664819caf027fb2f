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
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.GeoPoint;
import org.mineledger.io.DataFileException;
import org.mineledger.map.BaseMap;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;
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
    private final List<BaseMap> baseMaps;

    public MarkingPlanPdf(CoordinateFormatter formatter, String trainingBanner) {
        this(formatter, trainingBanner, DEFAULT_CLASSIFICATION, List.of());
    }

    private MarkingPlanPdf(CoordinateFormatter formatter, String trainingBanner, String classification,
            List<BaseMap> baseMaps) {
        this.formatter = formatter;
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner;
        this.classification = classification;
        this.baseMaps = List.copyOf(baseMaps);
    }

    public MarkingPlanPdf withClassification(String text) {
        return new MarkingPlanPdf(formatter, trainingBanner, text == null || text.isBlank() ? DEFAULT_CLASSIFICATION
                : text.strip(), baseMaps);
    }

    /** The same PDF with {@code maps} (roads, tracks, water, settlements ...) drawn under the signs. */
    public MarkingPlanPdf withBaseMaps(List<BaseMap> maps) {
        return new MarkingPlanPdf(formatter, trainingBanner, classification, maps);
    }

    /** Writes the PDF; its map extract shows the base maps given to {@link #withBaseMaps}. */
    public void write(HazardArea area, MarkingPlan plan, Path file) {
        try (PDDocument doc = new PDDocument()) {
            try (PdfPageFlow flow = new PdfPageFlow(doc, classification, trainingBanner)) {
                flow.heading("Marking plan — " + area.reference() + " " + area.name());
                flow.paragraph(area.kind().label() + ", " + area.status().label().toLowerCase(Locale.ROOT)
                        + ". Made " + LocalDate.now(ZoneOffset.UTC) + " with MineLedger. " + plan.signs().size()
                        + " warning signs; marked line " + metres(plan.perimeter().metres()) + " m (geodesic, WGS84).",
                        9);
                flow.paragraph("Maximum sign spacing " + metres(plan.options().maxSignSpacing().metres()) + " m ("
                        + plan.options().spacingSource() + ").", 8);
                flow.skip(4);
                map(flow, area, plan);
                flow.heading("Signs (positions in " + formatter.system().id() + "; S-001 first, in walking order)");
                List<List<String>> rows = new ArrayList<>();
                for (Sign s : plan.signs()) {
                    rows.add(List.of(s.number(), s.reason().label(), formatter.format(s.position()),
                            String.format(Locale.ROOT, "%5s°", s.facing().degreesText(1)).replace(' ', '0'),
                            metres(s.chainage().metres()) + " m"));
                }
                flow.table(8, TABLE, List.of("Sign", "Reason", "Position", "Faces (true)", "Along line"), rows);
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

    /** Height of the map extract on the page, footer included. */
    private static final float MAP_HEIGHT = 135 * PdfPageFlow.MM;

    private void map(PdfPageFlow flow, HazardArea area, MarkingPlan plan) throws IOException {
        float bottom = flow.block(MAP_HEIGHT + 32);
        ExtractPlacement at = placement(area, plan, bottom + 32, flow.width());
        Polygon line = markedLine(plan);
        MapExtract.Overlay marked = new MapExtract.Overlay(line, RgbaColor.hex("#FFFFFF", 0),
                new Surface.Stroke(PrintSymbols.INK, 0.8, 3, 2), "");
        new MapExtract(baseMaps, List.of(area), formatter.system()).withOverlays(List.of(marked))
                .draw(flow.document(), flow.content(), PDRectangle.A4.getHeight(), at);
        PDPageContentStream cs = flow.content();
        for (Sign s : plan.signs()) {
            double[] p = at.toPage(s.position());
            float x = (float) p[0];
            float y = (float) p[1];
            cs.setNonStrokingColor(s.reason() == SignReason.TRACK_CROSSING ? 0.6f : 0.95f, 0.1f, 0f);
            cs.setStrokingColor(1f, 1f, 1f);
            cs.setLineWidth(0.4f);
            cs.moveTo(x, y + 3.5f);
            cs.lineTo(x - 3f, y - 2f);
            cs.lineTo(x + 3f, y - 2f);
            cs.closePath();
            cs.fillAndStroke();
            cs.setNonStrokingColor(0f, 0f, 0f);
            // the number sits on the side the sign faces (outward), off the marked line
            double a = Math.toRadians(s.facing().degrees());
            flow.text(flow.bold(), 6f, x + (float) (8 * Math.sin(a)) - 5, y + (float) (8 * Math.cos(a)) - 2,
                    String.valueOf(Integer.parseInt(s.number().substring(2))));
        }
        flow.text(flow.bold(), 9, PdfPageFlow.MARGIN, bottom + 22, "Scale 1:" + at.scale().denominator()
                + " on A4 — print at 100 % (actual size), not \"fit to page\".");
        flow.text(flow.regular(), 7, PdfPageFlow.MARGIN, bottom + 12, "Base map: roads, tracks, water, settlements. "
                + "Hazard polygon in land-release colours; dashed line: the marked line.");
        flow.text(flow.regular(), 7, PdfPageFlow.MARGIN, bottom + 3, "Red triangles: signs, numbered n for S-00n "
                + "on the side they face; dark red: signs at track crossings.");
        flow.skip(6);
    }

    /** Where the map extract goes: the largest standard scale at which the marked line and the area fit. */
    static ExtractPlacement placement(HazardArea area, MarkingPlan plan, double bottom, double width) {
        Envelope focus = new Envelope(area.polygon().getEnvelopeInternal());
        focus.expandToInclude(markedLine(plan).getEnvelopeInternal());
        return MapExtract.place(PdfPageFlow.MARGIN, bottom, width, MAP_HEIGHT, focus, null);
    }

    private static Polygon markedLine(MarkingPlan plan) {
        Coordinate[] c = new Coordinate[plan.markedLine().size() + 1];
        for (int i = 0; i < plan.markedLine().size(); i++) {
            GeoPoint g = plan.markedLine().get(i);
            c[i] = new Coordinate(g.lon(), g.lat());
        }
        c[c.length - 1] = c[0];
        return new GeometryFactory().createPolygon(c);
    }

    /** A quantity as a team reads it: 12, 401.5. */
    public static String quantity(double q) {
        return BigDecimal.valueOf(Math.round(q * 10) / 10.0).stripTrailingZeros().toPlainString();
    }

    private static String metres(double m) {
        return String.format(Locale.ROOT, "%.1f", m);
    }
}
