package org.mineledger.io.gpx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.mineledger.geo.GeoPoint;
import org.mineledger.io.DataFileException;
import org.mineledger.plan.marking.MarkingPlan;
import org.mineledger.plan.marking.Sign;

/**
 * Writes a marking plan's signs as GPX 1.1 waypoints (named S-001 ...) for handheld GPS receivers, optionally
 * with the turning points of the marked line as waypoints TP-01 ... Coordinates are WGS84 degrees, written in full.
 */
public final class GpxWriter {
    static final String NS = GpxDocument.NS;

    private final boolean turningPoints;
    private final String trainingBanner;

    /**
     * @param turningPoints  also write the marked line's turning points
     * @param trainingBanner "TRAINING — FICTIONAL DATA" for training data (written into the file), "" for real data
     */
    public GpxWriter(boolean turningPoints, String trainingBanner) {
        this.turningPoints = turningPoints;
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner;
    }

    /** Writes the file, replacing it; {@code area} names the hazard area, e.g. HA-0001. */
    public void write(MarkingPlan plan, String area, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(plan, area, out);
        } catch (IOException e) {
            throw new DataFileException("Cannot write the GPX file " + file + ": " + e.getMessage()
                    + ". Check that the folder exists and you may write to it.", e);
        }
    }

    public void write(MarkingPlan plan, String area, OutputStream out) {
        try {
            GpxDocument gpx = GpxDocument.start(out, "Marking plan " + area,
                    (trainingBanner.isEmpty() ? "" : trainingBanner + ". ") + plan.signs().size()
                    + " warning signs of hazard area " + area + ". " + String.join(" ", plan.assumptions()));
            for (Sign s : plan.signs()) {
                gpx.waypoint(s.position(), s.number(), String.format(Locale.ROOT, "%s; face %s deg true; %.1f m "
                        + "along the line from S-001", s.reason().label(), s.facing().degreesText(0),
                        s.chainage().metres()), "Danger Area", "Warning sign");
            }
            if (turningPoints) {
                List<GeoPoint> tps = plan.markedLine();
                for (int i = 0; i < tps.size(); i++) {
                    gpx.waypoint(tps.get(i), String.format("TP-%02d", i + 1), "turning point of the marked line",
                            "Danger Area", "Turning point");
                }
            }
            gpx.finish();
        } catch (XMLStreamException e) {
            throw new DataFileException("Cannot write the GPX file: " + e.getMessage(), e);
        }
    }
}
