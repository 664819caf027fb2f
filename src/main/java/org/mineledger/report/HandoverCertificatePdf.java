package org.mineledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.io.DataFileException;
import org.mineledger.model.HazardArea;
import org.mineledger.model.survey.AreaAccounting;
import org.mineledger.model.survey.ReleaseKind;

/**
 * The handover (completion) certificate of released land as a PDF: the released polygon (turning points and
 * geodesic area), methods, depth, dates, organisation, receiving authority and signature lines, with the
 * training mark on training data. Only released land (cancelled, reduced, cleared or handed over) gets one.
 */
public final class HandoverCertificatePdf {
    private static final float[] TP = {0, 40};

    private final CoordinateFormatter formatter;
    private final String trainingBanner;
    private final String classification;

    public HandoverCertificatePdf(CoordinateFormatter formatter, String trainingBanner, String classification) {
        this.formatter = formatter;
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner;
        this.classification = classification == null || classification.isBlank()
                ? MarkingPlanPdf.DEFAULT_CLASSIFICATION : classification.strip();
    }

    /**
     * Writes the certificate of {@code area}. Refused for land not released, and for land whose land-release
     * records ({@code accounting}) leave part of it unreleased unless the details name the evidence of its release
     * ({@link HandoverDetails#releaseEvidence}), which the certificate then states beside the square metres.
     */
    public void write(HazardArea area, AreaAccounting accounting, HandoverDetails d, Path file) {
        if (!area.status().isReleased()) {
            throw new IllegalArgumentException(area.reference() + " is still " + area.status().label().toLowerCase(
                    Locale.ROOT) + "; only cancelled, reduced, cleared or handed-over land gets a handover "
                    + "certificate. Record the release first.");
        }
        boolean uncovered = accounting.remainingM2() >= AreaAccounting.TOLERANCE_M2;
        if (uncovered && d.releaseEvidence().isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: its land-release records leave "
                    + "%,.0f m² of its %,.0f m² unreleased (not recorded as cancelled, reduced or cleared), so MineLedger "
                    + "cannot certify that land as released. Record the land release (cancel, reduce, clear) first; or, "
                    + "if its release is documented elsewhere, name that document with --release-evidence \"...\" and "
                    + "the certificate states it.", area.reference(), accounting.remainingM2(),
                    accounting.originalM2()));
        }
        GeodesicArea g = new GeodesicArea(area.polygon());
        try (PDDocument doc = new PDDocument()) {
            try (PdfPageFlow flow = new PdfPageFlow(doc, classification, trainingBanner)) {
                flow.heading("Handover certificate — " + area.reference() + " " + area.name());
                flow.paragraph("This certifies that the land described below has been released (status: "
                        + area.status().label().toLowerCase(Locale.ROOT) + ") and is handed over to "
                        + d.receivingAuthority() + " on " + d.handoverDate() + ".", 10);
                flow.heading("Land-release records");
                flow.paragraph(String.format(Locale.ROOT, "Original %,.0f m² = cancelled %,.0f + reduced %,.0f + "
                        + "cleared %,.0f + not covered by land-release records %,.0f m².", accounting.originalM2(),
                        accounting.releasedM2(ReleaseKind.CANCELLED), accounting.releasedM2(ReleaseKind.REDUCED),
                        accounting.releasedM2(ReleaseKind.CLEARED), uncovered ? accounting.remainingM2() : 0.0), 9);
                if (uncovered) {
                    flow.paragraph(String.format(Locale.ROOT, "%,.0f m² of this land are NOT covered by land-release "
                            + "records in this workspace. Their release is documented in: %s. The signatories "
                            + "confirm it.", accounting.remainingM2(), d.releaseEvidence()), 10);
                }
                flow.heading("Released land");
                flow.paragraph(String.format(Locale.ROOT, "Area %.0f m² (%.4f ha), boundary %.1f m — geodesic on "
                        + "WGS84. Kind before release: %s.", g.area(), g.area() / 10_000, g.exteriorPerimeter(),
                        area.kind().label()), 9);
                Coordinate[] c = area.polygon().getExteriorRing().getCoordinates();
                List<GeoPoint> ring = new ArrayList<>();
                for (int i = 0; i < c.length - 1; i++) {
                    ring.add(new GeoPoint(c[i].y, c[i].x));
                }
                flow.skip(4);
                PolygonSketch.draw(flow, ring, 80);
                List<List<String>> points = new ArrayList<>();
                for (int i = 0; i < ring.size(); i++) {
                    points.add(List.of("TP" + (i + 1), formatter.format(ring.get(i))));
                }
                flow.table(8, TP, List.of("Point", "Position (" + formatter.system().id() + ")"), points);
                flow.heading("Work");
                flow.paragraph("Methods: " + String.join(", ", d.methods()) + ".", 9);
                flow.paragraph(d.depthCm() == 0 ? "No clearance depth: land released without clearance."
                        : "Cleared to a depth of " + d.depthCm() + " cm as set by the national authority.", 9);
                flow.paragraph("Work from " + d.workStarted() + " to " + d.workCompleted() + ". Organisation: "
                        + d.organisation() + ". Receiving community or authority: " + d.receivingAuthority() + ".", 9);
                flow.heading("Signatures");
                for (String s : d.signatories()) {
                    flow.skip(26);
                    flow.need(20);
                    flow.row(9, false, new float[] {0, 260}, "______________________________  " + s,
                            "Date ______________");
                }
            }
            doc.save(file.toFile());
        } catch (IOException | UncheckedIOException e) {
            throw new DataFileException("Cannot write the handover certificate " + file + ": " + e.getMessage()
                    + ". Check that the folder exists and you may write to it.", e);
        }
    }
}
