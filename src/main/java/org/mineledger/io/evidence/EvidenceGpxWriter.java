package org.mineledger.io.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javax.xml.stream.XMLStreamException;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.geo.GeoPoint;
import org.mineledger.io.export.ExportException;
import org.mineledger.io.gpx.GpxDocument;
import org.mineledger.model.evidence.SurveyEvidence;

/** Writes survey evidence back as GPX 1.1: points as waypoints (with elevation and time), lines as tracks. */
public final class EvidenceGpxWriter {
    private final String trainingBanner;

    /** {@code trainingBanner} is "TRAINING — FICTIONAL DATA" for a sample workspace, "" for real data. */
    public EvidenceGpxWriter(String trainingBanner) {
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner.strip();
    }

    public void write(List<SurveyEvidence> evidence, Path file) {
        write(evidence, file, n -> { });
    }

    /** The same, telling {@code progress} how many are written so far; it may throw to cancel. */
    public void write(List<SurveyEvidence> evidence, Path file, IntConsumer progress) {
        try (OutputStream out = Files.newOutputStream(file)) {
            GpxDocument gpx = GpxDocument.start(out, trainingBanner.isEmpty() ? "MineLedger survey evidence"
                    : trainingBanner, trainingBanner.isEmpty() ? null : trainingBanner + ". Survey evidence.");
            int done = 0;
            for (SurveyEvidence e : evidence) {
                if (e.isPoint()) {
                    Coordinate c = e.geometry().getCoordinate();
                    gpx.waypoint(new GeoPoint(c.y, c.x), e.elevationM(), e.time(), e.name(), description(e),
                            "Waypoint", null);
                    progress.accept(++done);
                }
            }
            for (SurveyEvidence e : evidence) {
                if (!e.isPoint()) {
                    List<GeoPoint> points = new ArrayList<>();
                    for (Coordinate c : e.geometry().getCoordinates()) {
                        points.add(new GeoPoint(c.y, c.x));
                    }
                    gpx.track(e.name(), description(e), points);
                    progress.accept(++done);
                }
            }
            gpx.finish();
        } catch (IOException | XMLStreamException ex) {
            throw new ExportException(file + " cannot be written: " + ex.getMessage()
                    + ". Check the folder exists and you may write to it.", ex);
        }
    }

    private String description(SurveyEvidence e) {
        StringBuilder b = new StringBuilder(e.notes());
        if (e.hazard() != null) {
            b.append(b.isEmpty() ? "" : "; ").append("hazard area ").append(e.hazard().value());
        }
        b.append(b.isEmpty() ? "" : "; ").append("from ").append(e.sourceFile()).append(", ").append(e.sourceFeature());
        return trainingBanner.isEmpty() ? b.toString() : trainingBanner + ". " + b;
    }
}
