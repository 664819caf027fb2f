package org.mineledger.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.geo.Precision;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.model.survey.AreaAccounting;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.model.survey.SurveyActivity;

/**
 * The hazard summary report of humanitarian areas: for each area its map, the area accounting (original =
 * cancelled + reduced + cleared + remaining), survey activity, ordnance finds and releases, and for a former
 * laid minefield the recorded mine count still to be accounted for.
 */
public final class HazardSummaryPdf {
    /**
     * What the report shows of one hazard area.
     *
     * @param area      the hazard area
     * @param surveys   its survey visits
     * @param finds     its ordnance finds
     * @param releases  its releases in order
     * @param laid      the laid-minefield record it was converted from, if any
     */
    public record Entry(HazardArea area, List<SurveyActivity> surveys, List<OrdnanceFind> finds,
            List<LandReleaseEvent> releases, Optional<LaidMinefieldRevision> laid) {
    }

    /** Height of an area's map, points. */
    private static final float SKETCH_HEIGHT = 220;

    private final List<Entry> entries;
    private final CoordinateSystem system;
    private final String trainingBanner;

    public HazardSummaryPdf(List<Entry> entries, CoordinateSystem system, String trainingBanner) {
        this.entries = List.copyOf(entries);
        this.system = system;
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner;
    }

    public void write(Path out) throws IOException {
        try (FormPdf pdf = new FormPdf(null, trainingBanner, "Hazard summary report")) {
            pdf.title("Hazard summary report");
            pdf.paragraph(entries.size() + " hazard area(s). Areas are geodesic on WGS84; accounting balances to "
                    + "1 m² (IMAS 07.11 land release).");
            for (Entry e : entries) {
                area(pdf, e);
            }
            pdf.save(out);
        }
    }

    private void area(FormPdf pdf, Entry e) throws IOException {
        HazardArea h = e.area();
        AreaAccounting a = new AreaAccounting(h.reference().value(), h.polygon(), e.releases());
        List<String[]> kv = new ArrayList<>();
        kv.add(new String[] {"Original area", m2(a.originalM2())});
        kv.add(new String[] {"Cancelled (NTS)", m2(a.releasedM2(ReleaseKind.CANCELLED))});
        kv.add(new String[] {"Reduced (TS)", m2(a.releasedM2(ReleaseKind.REDUCED))});
        kv.add(new String[] {"Cleared", m2(a.releasedM2(ReleaseKind.CLEARED))});
        kv.add(new String[] {"Remaining", m2(a.remainingM2())});
        kv.add(new String[] {"Balance", String.format(Locale.ROOT, "%.2f m² difference — %s", a.imbalanceM2(),
                a.balances() ? "balances" : "DOES NOT BALANCE")});
        kv.add(new String[] {"Perimeter", String.format(Locale.ROOT, "%,.1f m",
                new GeodesicArea(h.polygon()).exteriorPerimeter())});
        e.laid().ifPresent(l -> kv.add(new String[] {"Laid minefield record", l.number() + " rev " + l.revision()
                + ": " + l.record().totals().total() + " mines recorded (AP " + l.record().totals().ap() + ", AT "
                + l.record().totals().at() + "); " + e.finds().size() + " find(s) logged here"}));
        // the heading, the figures and the map of an area stay on one page
        pdf.keepTogether(kv.size() + 4, SKETCH_HEIGHT + 8);
        pdf.heading(h.reference() + "  " + h.name() + "  (" + h.kind().code() + ", " + h.status().label() + ")");
        pdf.keyValues(kv);
        pdf.drawing(SKETCH_HEIGHT, new HazardSketch(h.polygon(), h.kind() != HazardKind.SUSPECTED, e.releases(), e.finds(),
                pdf));
        if (!e.surveys().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (SurveyActivity s : e.surveys()) {
                rows.add(List.of(s.date().toString(), s.type().name(), s.team(), s.method(), s.evidence(),
                        String.join(", ", s.informants())));
            }
            pdf.table(new float[] {0.9f, 0.5f, 1.2f, 1.5f, 2f, 1.4f}, List.of("Date", "Type", "Team", "Method",
                    "Evidence", "Informants"), rows);
        }
        if (!e.finds().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (OrdnanceFind f : e.finds()) {
                rows.add(List.of(f.date().toString(), system.format(f.position(), Precision.METRE), f.typeModel(),
                        f.fuzeState(), Integer.toString(f.depthCm()), f.actionTaken()));
            }
            pdf.table(new float[] {0.9f, 1.8f, 1.6f, 0.8f, 0.6f, 1.5f}, List.of("Date", "Position "
                    + system.id().toUpperCase(Locale.ROOT), "Type / model", "Fuze", "Depth cm", "Action"), rows);
        }
        if (!e.releases().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (LandReleaseEvent r : e.releases()) {
                rows.add(List.of(r.date().toString(), r.kind().name().toLowerCase(Locale.ROOT), r.method(),
                        m2(r.areaM2())));
            }
            pdf.table(new float[] {0.9f, 0.8f, 3f, 1f}, List.of("Date", "Release", "Method", "Area"), rows);
        }
    }

    private static String m2(double v) {
        return String.format(Locale.ROOT, "%,.1f m²", v);
    }
}
