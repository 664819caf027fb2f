package org.mineledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Precision;
import org.mineledger.map.BaseMap;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.clearance.Assignment;
import org.mineledger.plan.clearance.ClearanceTask;
import org.mineledger.plan.clearance.WorkUnit;

/**
 * A clearance task sheet, one A4 page per task, for the team leader to carry: header, map extract at a true
 * stated scale with the box/lane layout, turning points, access and safety notes, signatures, classification
 * and, for training workspaces, the "TRAINING — FICTIONAL DATA" band.
 */
public final class TaskSheetPdf {
    static final PDRectangle PAGE = PDRectangle.A4;
    private static final double MARGIN = 36;
    private static final double MAP_TOP = 150;
    private static final double MAP_HEIGHT = 330;
    private static final int TP_ROWS_PER_COLUMN = 10;
    /** Box labels are printed when a box is at least this wide on paper. */
    private static final double LABEL_MIN_PT = 16;
    private static final RgbaColor TRAINING_RED = RgbaColor.hex("#C00000", 1);
    private static final RgbaColor BAND_GREY = RgbaColor.hex("#E6E6E6", 1);
    private static final Surface.Stroke UNIT_LINE = Surface.Stroke.solid(RgbaColor.hex("#1030A0", 1), 0.4);
    /** Height of one row of field notes: label and two lines of text, or label and a line to write on. */
    private static final double NOTE_ROW = 30;
    /** Printed beside a note the workspace holds nothing for, above the line to write on. */
    static final String BLANK_NOTE = "(nothing recorded: to be filled in by the team leader)";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final List<BaseMap> baseMaps;
    private final List<HazardArea> allHazards;
    private final CoordinateSystem coordinates;
    private final String classification;
    private final String trainingBanner;

    /**
     * @param classification  marking printed top and bottom, e.g. {@code UNCLASSIFIED} or {@code RESTRICTED}
     * @param trainingBanner  "TRAINING — FICTIONAL DATA" for a training workspace, empty for real data
     */
    public TaskSheetPdf(List<BaseMap> baseMaps, List<HazardArea> allHazards, CoordinateSystem coordinates,
            String classification, String trainingBanner) {
        this.baseMaps = List.copyOf(baseMaps);
        this.allHazards = List.copyOf(allHazards);
        this.coordinates = Objects.requireNonNull(coordinates, "coordinates");
        this.classification = classification == null || classification.isBlank() ? "UNCLASSIFIED"
                : classification.strip();
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner.strip();
    }

    /** Adds the task's page to {@code doc}; returns the placement of its map (for checks and overlays). */
    public ExtractPlacement addPage(PDDocument doc, TaskSheetInput in, int pageNo, int pageCount) {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        double h = PAGE.getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            PageWriter w = new PageWriter(doc, cs, PAGE.getWidth(), h);
            double y = banners(w);
            header(w, in, y, pageNo, pageCount);
            ExtractPlacement at = map(doc, cs, in);
            double below = MAP_TOP + MAP_HEIGHT + 10;
            below = w.paragraph("Layout: " + in.layoutText(), MARGIN, below, 6.5, PAGE.getWidth() - 2 * MARGIN, 2);
            below = w.paragraph("Figures used: " + in.assignment().basis(), MARGIN, below + 2, 6.5,
                    PAGE.getWidth() - 2 * MARGIN, 4) + 6;
            below = turningPoints(w, in, below);
            below = notes(w, in.notes(), below + 4);
            signatures(w, below + 6);
            footer(w, h);
            return at;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double banners(PageWriter w) {
        w.box(0, 0, PAGE.getWidth(), 18, BAND_GREY, 0);
        w.centred(classification, 13, 10, true, PageWriter.INK);
        if (trainingBanner.isEmpty()) {
            return 24;
        }
        w.box(0, 18, PAGE.getWidth(), 18, TRAINING_RED, 0);
        w.centred(trainingBanner, 31, 11, true, RgbaColor.hex("#FFFFFF", 1));
        return 42;
    }

    private void header(PageWriter w, TaskSheetInput in, double top, int pageNo, int pageCount) {
        Assignment a = in.assignment();
        ClearanceTask t = a.task();
        double right = PAGE.getWidth() - MARGIN;
        w.text("CLEARANCE TASK SHEET", MARGIN, top + 14, 14, true);
        String id = "Task " + t.id();
        w.text(id, right - w.surface().textWidth(id, 14, true), top + 14, 14, true);
        w.text("Page " + pageNo + " of " + pageCount, right - 60, top + 26, 7, false, PageWriter.GREY);
        double col = (PAGE.getWidth() - 2 * MARGIN) / 4;
        double y = top + 34;
        HazardArea hz = in.hazard();
        String[][] fields = {
            {"Task ID", t.id()}, {"Hazard", hz.reference().value() + " — " + hz.name()},
            {"Team", a.team().id() + " (" + a.team().asset().teamSize() + " people)"},
            {"Method", method(t)},
            {"Start (travel/setup)", DATE.format(a.start())}, {"Clearance starts", DATE.format(a.workStart())},
            {"End", DATE.format(a.end())}, {"Working days", a.setupDays() + " setup + " + a.workDays() + " work"},
            {"Clearance depth", t.depthCm() + " cm"}, {"Area", String.format(Locale.ROOT, "%,.0f m²", t.areaM2())},
            {"Ground class", t.ground().code()}, {"Priority", "rank " + t.priorityRank()}};
        for (int i = 0; i < fields.length; i++) {
            w.field(fields[i][0], fields[i][1], MARGIN + (i % 4) * col, y + (i / 4) * 26, col);
        }
    }

    /** {@code Clearance (manual)}, {@code Technical survey (MDD)}. */
    private static String method(ClearanceTask t) {
        String what = t.description().isEmpty() ? "Clearance" : Character.toUpperCase(t.description().charAt(0))
                + t.description().substring(1);
        return what + " (" + (t.method().name().equals("MDD") ? "MDD" : t.method().name().toLowerCase(Locale.ROOT))
                + ")";
    }

    private ExtractPlacement map(PDDocument doc, PDPageContentStream cs, TaskSheetInput in) {
        double h = PAGE.getHeight();
        Envelope focus = in.hazard().polygon().getEnvelopeInternal();
        ExtractPlacement at = MapExtract.place(MARGIN, h - MAP_TOP - MAP_HEIGHT, PAGE.getWidth() - 2 * MARGIN,
                MAP_HEIGHT, focus, null);
        List<MapExtract.Overlay> overlays = new ArrayList<>();
        boolean labels = !in.units().isEmpty() && unitWidthPt(in.units().get(0), at) >= LABEL_MIN_PT;
        for (WorkUnit u : in.units()) {
            for (int i = 0; i < u.lonLat().getNumGeometries(); i++) {
                overlays.add(new MapExtract.Overlay((org.locationtech.jts.geom.Polygon) u.lonLat().getGeometryN(i),
                        null, UNIT_LINE, labels && i == 0 ? u.label() : ""));
            }
        }
        List<MapExtract.Marker> markers = new ArrayList<>();
        var ring = in.hazard().polygon().getExteriorRing().getCoordinates();
        for (int i = 0; i + 1 < ring.length; i++) {
            markers.add(new MapExtract.Marker(new org.mineledger.geo.GeoPoint(ring[i].y, ring[i].x), "TP" + (i + 1),
                    RgbaColor.hex("#000000", 1)));
        }
        return new MapExtract(baseMaps, allHazards, coordinates).withOverlays(overlays).withMarkers(markers)
                .draw(doc, cs, h, at);
    }

    private static double unitWidthPt(WorkUnit u, ExtractPlacement at) {
        double[] a = at.toPage(u.corners().get(0));
        double[] b = at.toPage(u.corners().get(1));
        return Math.hypot(b[0] - a[0], b[1] - a[1]);
    }

    private double turningPoints(PageWriter w, TaskSheetInput in, double top) {
        List<TurningPointTable.Row> rows = TurningPointTable.of(in.hazard().polygon(),
                new CoordinateFormatter(coordinates, Precision.METRE));
        w.text("Turning points (" + coordinates.id().toUpperCase(Locale.ROOT) + "; bearing true to the next point, "
                + "degrees / mils; distance geodesic)", MARGIN, top + 8, 8, true);
        double colWidth = (PAGE.getWidth() - 2 * MARGIN) / 2;
        double y0 = top + 20;
        int shown = Math.min(rows.size(), 2 * TP_ROWS_PER_COLUMN);
        for (int i = 0; i < shown; i++) {
            TurningPointTable.Row r = rows.get(i);
            double x = MARGIN + (i / TP_ROWS_PER_COLUMN) * colWidth;
            double y = y0 + (i % TP_ROWS_PER_COLUMN) * 9.5;
            w.text(r.name(), x, y, 7, true);
            // columns that never run into each other: coordinate to x+150, bearing to x+210, distance to x+256
            w.text(w.fit(r.coordinate(), 7, false, 124), x + 24, y, 7, false);
            w.text(w.fit(r.bearingDeg() + " / " + r.bearingMils(), 7, false, 56), x + 154, y, 7, false);
            w.text(w.fit(r.distanceM(), 7, false, 42), x + 214, y, 7, false);
        }
        double end = y0 + Math.min(shown, TP_ROWS_PER_COLUMN) * 9.5;
        if (rows.size() > shown) {
            w.text("+ " + (rows.size() - shown) + " more turning points: print them from the hazard record.",
                    MARGIN, end, 7, false, TRAINING_RED);
            end += 9.5;
        }
        return end;
    }

    private double notes(PageWriter w, TaskSheetInput.Notes n, double top) {
        String[][] items = {{"Access route", n.accessRoute()}, {"Safe lane", n.safeLane()},
            {"Emergency / medevac point", n.medevacPoint()}, {"Marking reference", n.markingReference()}};
        double col = (PAGE.getWidth() - 2 * MARGIN) / 2;
        for (int i = 0; i < items.length; i++) {
            double x = MARGIN + (i % 2) * col;
            double y = top + (i / 2) * NOTE_ROW;
            w.text(items[i][0], x, y + 7, 7, false, PageWriter.GREY);
            if (items[i][1].isEmpty()) {
                w.text(BLANK_NOTE, x + w.surface().textWidth(items[i][0] + "  ", 7, false), y + 7, 7, false,
                        PageWriter.GREY);
                w.rule(x, y + NOTE_ROW - 5, x + col - 12, 0.4);
            } else {
                w.paragraph(items[i][1], x, y + 16, 7.5, col - 12, 2);
            }
        }
        return top + 2 * NOTE_ROW;
    }

    private void signatures(PageWriter w, double top) {
        String[] who = {"Prepared by (planner)", "Approved by (operations)", "Received by (team leader)"};
        double col = (PAGE.getWidth() - 2 * MARGIN) / 3;
        double height = Math.max(40, PAGE.getHeight() - 40 - top);
        for (int i = 0; i < who.length; i++) {
            double x = MARGIN + i * col;
            w.box(x, top, col - 6, height, null, 0.6);
            w.text(who[i], x + 4, top + 10, 7.5, true);
            w.text("Name", x + 4, top + 22, 6.5, false, PageWriter.GREY);
            w.text("Signature", x + 4, top + height - 16, 6.5, false, PageWriter.GREY);
            w.text("Date", x + col - 60, top + height - 16, 6.5, false, PageWriter.GREY);
        }
    }

    private void footer(PageWriter w, double h) {
        w.box(0, h - 18, PAGE.getWidth(), 18, BAND_GREY, 0);
        String text = classification + (trainingBanner.isEmpty() ? "" : "  —  " + trainingBanner);
        w.centred(text, h - 6, 9, true, trainingBanner.isEmpty() ? PageWriter.INK : TRAINING_RED);
    }
}
