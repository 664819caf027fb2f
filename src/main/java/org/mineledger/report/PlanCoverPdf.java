package org.mineledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.mineledger.map.RgbaColor;
import org.mineledger.plan.clearance.AssetType;
import org.mineledger.plan.clearance.Assignment;
import org.mineledger.plan.clearance.GroundClass;
import org.mineledger.plan.clearance.Plan;

/** The summary pages at the front of a plan pack: totals, the task list, months, and the figures' sources. */
final class PlanCoverPdf {
    private static final double MARGIN = 36;
    private static final double ROW = 10;
    private static final double[] COLS = {0, 52, 110, 178, 250, 322, 365, 430};
    private final String classification;
    private final String trainingBanner;

    PlanCoverPdf(String classification, String trainingBanner) {
        this.classification = classification == null || classification.isBlank() ? "UNCLASSIFIED" : classification;
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner;
    }

    /** Lines of the cover in order; each is drawn as one row (headings bold). */
    private record Line(String[] cells, boolean bold) {
    }

    /** Adds the cover pages; returns how many were added. */
    int addPages(PDDocument doc, Plan plan) {
        List<Line> lines = lines(plan, PdfFonts.of(doc));
        double h = TaskSheetPdf.PAGE.getHeight();
        int perPage = (int) ((h - 170) / ROW);
        int pages = 0;
        for (int from = 0; from < lines.size() || pages == 0; from += perPage) {
            PDPage page = new PDPage(TaskSheetPdf.PAGE);
            doc.addPage(page);
            pages++;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PageWriter w = new PageWriter(doc, cs, TaskSheetPdf.PAGE.getWidth(), h);
                double y = bands(w, h);
                w.text("CLEARANCE PLAN — " + plan.name(), MARGIN, y + 16, 15, true);
                w.text(summary(plan), MARGIN, y + 30, 8, false);
                double row = y + 50;
                for (int i = from; i < Math.min(lines.size(), from + perPage); i++) {
                    Line l = lines.get(i);
                    for (int c = 0; c < l.cells().length; c++) {
                        double x = MARGIN + COLS[Math.min(c, COLS.length - 1)];
                        double width = c + 1 < COLS.length && l.cells().length > 1 ? COLS[c + 1] - COLS[c] - 3
                                : TaskSheetPdf.PAGE.getWidth() - 2 * MARGIN - COLS[c];
                        w.text(w.fit(l.cells()[c], 7, l.bold(), width), x, row, 7, l.bold());
                    }
                    row += ROW;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    private double bands(PageWriter w, double h) {
        w.box(0, 0, TaskSheetPdf.PAGE.getWidth(), 18, RgbaColor.hex("#E6E6E6", 1), 0);
        w.centred(classification, 13, 10, true, PageWriter.INK);
        w.box(0, h - 18, TaskSheetPdf.PAGE.getWidth(), 18, RgbaColor.hex("#E6E6E6", 1), 0);
        w.centred(classification, h - 6, 9, true, PageWriter.INK);
        if (trainingBanner.isEmpty()) {
            return 24;
        }
        w.box(0, 18, TaskSheetPdf.PAGE.getWidth(), 18, RgbaColor.hex("#C00000", 1), 0);
        w.centred(trainingBanner, 31, 11, true, RgbaColor.hex("#FFFFFF", 1));
        return 42;
    }

    static String summary(Plan p) {
        return String.format(Locale.ROOT, "%d tasks on %d teams, %s to %s (%d calendar days, %d team working days);"
                + " %,.0f m²; cost US$%,.0f.", p.assignments().size(), p.teams().size(), p.start(), p.end(),
                p.durationDays(), p.teamDays(), p.areaM2(), p.costUsd());
    }

    private static List<Line> lines(Plan plan, PdfFonts fonts) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(new String[] {"Task", "Hazard", "Team", "Start", "End", "Days", "Area m²", "Cost US$"}, true));
        for (Assignment a : plan.assignments()) {
            out.add(new Line(new String[] {a.task().id(), a.task().hazardReference(), a.team().id(),
                a.start().toString(), a.end().toString(), String.valueOf(a.days().size()),
                String.format(Locale.ROOT, "%,.0f", a.task().areaM2()),
                String.format(Locale.ROOT, "%,.0f", a.costUsd())}, false));
        }
        if (!plan.unscheduled().isEmpty()) {
            out.add(new Line(new String[] {""}, false));
            out.add(new Line(new String[] {"Not planned"}, true));
            plan.unscheduled().forEach(u -> out.add(new Line(new String[] {u.task().id() + " ("
                    + u.task().hazardReference() + "): " + u.reason()}, false)));
        }
        out.add(new Line(new String[] {""}, false));
        out.add(new Line(new String[] {"Month", "Area m²"}, true));
        for (Map.Entry<YearMonth, Double> e : plan.m2PerMonth().entrySet()) {
            out.add(new Line(new String[] {e.getKey().toString(), String.format(Locale.ROOT, "%,.0f", e.getValue())},
                    false));
        }
        out.add(new Line(new String[] {""}, false));
        out.add(new Line(new String[] {"Figures used (productivity m²/day by vegetation/soil, cost per team day)"},
                true));
        Map<String, AssetType> used = new LinkedHashMap<>();
        plan.teams().forEach(t -> used.putIfAbsent(t.asset().code(), t.asset()));
        for (AssetType a : used.values()) {
            // the three usual ground classes, and every other one a task of this asset uses (dense/firm, say)
            java.util.Set<GroundClass> grounds = new java.util.LinkedHashSet<>(List.of(GroundClass.parse("light/soft"),
                    GroundClass.parse("medium/firm"), GroundClass.parse("dense/rocky")));
            plan.assignments().stream().filter(x -> x.team().asset().code().equals(a.code()))
                    .forEach(x -> grounds.add(x.task().ground()));
            String rates = grounds.stream().map(g -> String.format(Locale.ROOT, "%s %.0f", g, a.m2PerDay(g)))
                    .collect(java.util.stream.Collectors.joining(", "));
            out.add(new Line(new String[] {String.format(Locale.ROOT, "%s: %s, %d people, US$%,.0f/day; %s m²/day",
                    a.code(), a.name(), a.teamSize(), a.dailyCostUsd(), rates)}, false));
            for (String l : PageWriter.wrap(fonts, "    Source: " + a.source(), 7, TaskSheetPdf.PAGE.getWidth() - 80)) {
                out.add(new Line(new String[] {l}, false));
            }
        }
        return out;
    }
}
