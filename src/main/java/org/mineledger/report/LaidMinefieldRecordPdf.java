package org.mineledger.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.Precision;
import org.mineledger.geo.Traverse;
import org.mineledger.geo.TraverseLeg;
import org.mineledger.model.laid.ComplianceCheck;
import org.mineledger.model.laid.ComplianceFinding;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.model.laid.LaneEnds;
import org.mineledger.model.laid.LaneOrGap;
import org.mineledger.model.laid.MineEntry;
import org.mineledger.model.laid.MineTotals;
import org.mineledger.model.laid.Strip;

/**
 * The printed laid-minefield record: identity, location, the trace drawn to scale, turning points in two
 * coordinate systems, strips and mines, totals, the Amended Protocol II compliance result and the signatures,
 * with the classification on every page and the training banner for fictional data.
 */
public final class LaidMinefieldRecordPdf {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final LaidMinefieldRevision revision;
    private final CoordinateSystem primary;
    private final String trainingBanner;

    /**
     * @param revision       the record revision to print
     * @param primary        the coordinate system of the first coordinate column (the second is WGS84 lat/lon)
     * @param trainingBanner the workspace's training banner, "" for real data
     */
    public LaidMinefieldRecordPdf(LaidMinefieldRevision revision, CoordinateSystem primary, String trainingBanner) {
        this.revision = revision;
        this.primary = primary;
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner;
    }

    /** Writes the PDF; an existing file is replaced. */
    public void write(Path out) throws IOException {
        LaidMinefieldRecord r = revision.record();
        String footer = "Laid minefield record " + r.number() + " rev " + revision.revision() + " ("
                + revision.status().label() + ")";
        try (FormPdf pdf = new FormPdf(r.identity().classification(), trainingBanner, footer)) {
            pdf.title("Laid minefield record " + r.number());
            identity(pdf, r);
            Traverse t = r.traverse();
            location(pdf, r, t);
            pdf.heading("Trace sketch");
            TraceSketch sketch = new TraceSketch(r, pdf);
            pdf.drawing(300, sketch);
            turningPoints(pdf, r, t);
            strips(pdf, r);
            compliance(pdf, r);
            signatures(pdf, r);
            pdf.save(out);
        }
    }

    private void identity(FormPdf pdf, LaidMinefieldRecord r) throws IOException {
        pdf.heading("Identity");
        pdf.keyValues(List.of(
                kv("Minefield number", r.number()),
                kv("Revision", revision.revision() + (revision.supersedes() == 0 ? ""
                        : " (corrects the previous signed-off revision, which stays on file)")),
                kv("Status", revision.status().label()),
                kv("Type", r.identity().type().name().toLowerCase(Locale.ROOT)),
                kv("Unit", r.identity().unit()),
                kv("Authority", r.identity().authority()),
                kv("Officer in charge", r.identity().officerInCharge()),
                kv("Classification", r.identity().classification()),
                kv("Laying started", time(r.layingStarted())),
                kv("Laying completed", time(r.layingCompleted()))));
    }

    private void location(FormPdf pdf, LaidMinefieldRecord r, Traverse t) throws IOException {
        pdf.heading("Location");
        GeodesicArea area = t.area();
        List<String[]> rows = new ArrayList<>();
        rows.add(kv("Landmark (LM)", r.landmark().description()));
        rows.add(kv("LM position", both(r.landmark().position())));
        rows.add(kv("LM to RP", r.landmarkToReference() == null ? "LM is the reference point"
                : leg(r.landmarkToReference())));
        rows.add(kv("Reference point (RP)", both(t.referencePoint())));
        rows.add(kv("RP to TP1", r.referenceToFirstPoint() == null ? "RP is TP1" : leg(r.referenceToFirstPoint())));
        rows.add(kv("Bearings", north(r)));
        rows.add(kv("Closure error", t.closure() + String.format(Locale.ROOT, " (tolerance %.2f m)",
                r.closureTolerance().metres())));
        rows.add(kv("Area (geodesic, WGS84)", String.format(Locale.ROOT, "%,.1f m²", area.area())));
        rows.add(kv("Perimeter (geodesic)", String.format(Locale.ROOT, "%,.1f m", area.exteriorPerimeter())));
        pdf.keyValues(rows);
    }

    private void turningPoints(FormPdf pdf, LaidMinefieldRecord r, Traverse t) throws IOException {
        pdf.heading("Turning points (perimeter trace)");
        List<List<String>> rows = new ArrayList<>();
        List<GeoPoint> tps = t.turningPoints();
        for (int i = 0; i < tps.size(); i++) {
            TraverseLeg next = r.perimeter().get(i);
            String to = i + 1 < tps.size() ? "TP" + (i + 2) : "TP1";
            rows.add(List.of("TP" + (i + 1), primary.format(tps.get(i), Precision.CENTIMETRE),
                    CoordinateSystem.LATLON.format(tps.get(i), Precision.CENTIMETRE),
                    bearing(next) + " to " + to, String.format(Locale.ROOT, "%.2f", next.distance().metres())));
        }
        pdf.table(new float[] {0.6f, 2.2f, 2.2f, 2f, 0.9f}, List.of("Point", primary.id().toUpperCase(Locale.ROOT),
                "WGS84 lat, lon", "Bearing of leg", "Distance m"), rows);
    }

    private void strips(FormPdf pdf, LaidMinefieldRecord r) throws IOException {
        pdf.heading("Strips (rows)");
        List<List<String>> rows = new ArrayList<>();
        for (Strip s : r.strips()) {
            StringBuilder legs = new StringBuilder();
            double length = 0;
            for (TraverseLeg l : s.legs()) {
                legs.append(legs.isEmpty() ? "" : "; ").append(leg(l));
                length += l.distance().metres();
            }
            rows.add(List.of(s.label(), s.startMarker(), s.endMarker(),
                    s.startFromReference() == null ? "—" : leg(s.startFromReference()), legs.toString(),
                    String.format(Locale.ROOT, "%.1f", length), Integer.toString(s.mineCount())));
        }
        pdf.table(new float[] {0.5f, 1.6f, 1.6f, 1.4f, 2.2f, 0.8f, 0.7f}, List.of("Strip", "Start marker",
                "End marker", "From RP", "Legs", "Length m", "Mines"), rows);
        pdf.heading("Mines");
        List<List<String>> mines = new ArrayList<>();
        for (Strip s : r.strips()) {
            for (MineEntry m : s.mines()) {
                mines.add(List.of(s.label(), m.model(), m.category().name(), Integer.toString(m.count()),
                        String.format(Locale.ROOT, "%.1f", m.spacing().metres()), m.fuze(),
                        m.antiHandlingDevice().isEmpty() ? "none" : m.antiHandlingDevice(),
                        m.emplacement().name().toLowerCase(Locale.ROOT), days(m.selfDestruct()),
                        days(m.selfDeactivation())));
            }
        }
        pdf.table(new float[] {0.5f, 1.2f, 0.5f, 0.6f, 0.8f, 1.3f, 1.1f, 1f, 0.9f, 0.9f}, List.of("Strip", "Model",
                "AP/AT", "Count", "Spacing m", "Fuze", "Anti-handling", "Emplaced", "Self-destr.", "Self-deact."),
                mines);
        MineTotals totals = r.totals();
        List<String[]> t = new ArrayList<>();
        for (Map.Entry<String, Integer> e : totals.byModel().entrySet()) {
            t.add(kv("Total " + e.getKey(), Integer.toString(e.getValue())));
        }
        t.add(kv("Total anti-personnel (AP)", Integer.toString(totals.ap())));
        t.add(kv("Total anti-tank (AT)", Integer.toString(totals.at())));
        t.add(kv("Total mines", Integer.toString(totals.total())));
        pdf.keyValues(t);
        if (!r.lanesAndGaps().isEmpty()) {
            pdf.heading("Lanes and gaps");
            List<List<String>> lanes = new ArrayList<>();
            for (LaneOrGap l : r.lanesAndGaps()) {
                LaneEnds ends = r.laneEnds(l);
                lanes.add(List.of(l.label(), l.state(), String.format(Locale.ROOT, "%.1f", l.width().metres()),
                        entry(l, ends), l.course() == null ? "—" : leg(l.course()) + (ends.exit() == null ? ""
                                : " to " + both(ends.exit())), l.description()));
            }
            pdf.table(new float[] {0.8f, 1f, 0.6f, 2f, 2f, 1.8f}, List.of("Label", "Kind, state", "Width m",
                    "Entry marker", "Course to exit marker", "Where, how marked"), lanes);
        }
        pdf.heading("Marking, fencing, monitoring");
        pdf.keyValues(List.of(kv("Marking and signs", r.marking()), kv("Fencing", r.fencing()),
                kv("Monitoring", r.monitoring()), kv("Notes", r.notes())));
    }

    private void compliance(FormPdf pdf, LaidMinefieldRecord r) throws IOException {
        pdf.heading("Compliance with CCW Amended Protocol II (recording, marking and monitoring, self-destruction)");
        List<ComplianceFinding> findings = new ComplianceCheck(r).findings();
        if (findings.isEmpty()) {
            pdf.paragraph("No findings: every point checked is recorded and within bounds.");
            return;
        }
        pdf.paragraph(findings.size() + " finding(s):");
        List<List<String>> rows = new ArrayList<>();
        for (ComplianceFinding f : findings) {
            rows.add(List.of(f.field(), f.kind() == ComplianceFinding.Kind.MISSING ? "missing" : "out of bounds",
                    f.message(), f.rule()));
        }
        pdf.table(new float[] {1.6f, 0.9f, 4f, 1.1f}, List.of("Field", "Finding", "What to do", "Rule"), rows);
    }

    private void signatures(FormPdf pdf, LaidMinefieldRecord r) throws IOException {
        pdf.heading("Signatures");
        String signed = revision.signOff() == null
                ? "NOT SIGNED OFF — this revision is " + revision.status().label().toLowerCase(Locale.ROOT)
                : revision.signOff().name() + ", " + revision.signOff().role() + ", " + time(revision.signOff().at());
        pdf.keyValues(List.of(kv("Laid by", r.laidBy() + "      Signature: ____________________"),
                kv("Verified by", r.verifiedBy() + "      Signature: ____________________"),
                kv("Signed off by", signed)));
    }

    private String entry(LaneOrGap l, LaneEnds ends) {
        if (ends.entry() == null) {
            return "—";
        }
        return (l.fromReference() == null ? "" : "RP " + leg(l.fromReference()) + ": ") + both(ends.entry());
    }

    private String both(GeoPoint p) {
        String a = primary.format(p, Precision.CENTIMETRE);
        return primary == CoordinateSystem.LATLON ? a
                : a + "   (" + CoordinateSystem.LATLON.format(p, Precision.CENTIMETRE) + ")";
    }

    /** Which norths and units the legs use, with the grid and the declination and its date. */
    static String north(LaidMinefieldRecord r) {
        java.util.Set<NorthReference> norths = java.util.EnumSet.noneOf(NorthReference.class);
        java.util.Set<String> units = new java.util.TreeSet<>();
        for (TraverseLeg l : r.allLegs()) {
            norths.add(l.bearing().north());
            units.add(l.bearing().unit() == AngleUnit.DEGREES ? "degrees" : "NATO mils (6400)");
        }
        List<String> parts = new ArrayList<>();
        for (NorthReference n : norths) {
            parts.add(switch (n) {
                case TRUE -> "true north";
                case GRID -> "grid north of " + r.north().gridIfAny().map(g -> g.id()).orElse("(no grid)")
                        + " (meridian convergence applied)";
                case MAGNETIC -> r.north().declination() == null ? "magnetic north (no declination)"
                        : String.format(Locale.ROOT, "magnetic north, declination %.2f° %s on %s (true = magnetic "
                        + "+ declination)", Math.abs(r.north().declination().degreesEast()),
                        r.north().declination().degreesEast() >= 0 ? "E" : "W", r.north().declination().date());
            });
        }
        return "from " + String.join("; ", parts) + "; in " + String.join(" and ", units);
    }

    private static String leg(TraverseLeg l) {
        return bearing(l) + ", " + String.format(Locale.ROOT, "%.2f m", l.distance().metres());
    }

    private static String bearing(TraverseLeg l) {
        return l.bearing().toString();
    }

    private static String time(Instant t) {
        return t == null ? "" : UTC.format(t);
    }

    private static String days(Duration d) {
        return d == null ? "none" : String.format(Locale.ROOT, "%.1f d", d.toMinutes() / 1440.0);
    }

    private static String[] kv(String k, String v) {
        return new String[] {k, v == null ? "" : v};
    }
}
