package org.mineledger.io.export;

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
import org.mineledger.io.gpx.GpxDocument;
import org.mineledger.model.HazardArea;

/**
 * Writes hazard areas as GPX 1.1 for handheld GPS units: each turning point of a boundary as a waypoint named
 * {@code HA-0001 TP1}, and each boundary as a closed track, so field teams can walk to and along it.
 */
public final class GpxTrackWriter {
    private final String trainingBanner;

    public GpxTrackWriter(String trainingBanner) {
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner.strip();
    }

    public void write(List<HazardArea> areas, Path file) {
        write(areas, file, n -> { });
    }

    /** Writes {@code areas}; {@code progress} gets the count written so far (and may throw to cancel). */
    public void write(List<HazardArea> areas, Path file, IntConsumer progress) {
        try (OutputStream out = Files.newOutputStream(file)) {
            GpxDocument gpx = GpxDocument.start(out,
                    trainingBanner.isEmpty() ? "MineLedger hazard areas" : trainingBanner, null);
            for (HazardArea a : areas) {
                List<GeoPoint> ring = ring(a);
                for (int i = 0; i < ring.size() - 1; i++) {
                    gpx.waypoint(ring.get(i), a.reference() + " TP" + (i + 1), "Turning point " + (i + 1) + " of "
                            + a.reference() + " " + a.name() + " (" + a.kind().code() + ", " + a.status().label()
                            + ")", "Danger Area", null);
                }
            }
            int done = 0;
            for (HazardArea a : areas) {
                gpx.track(a.reference() + " " + a.name(), a.kind().label() + ", " + a.status().label(), ring(a));
                progress.accept(++done);
            }
            gpx.finish();
        } catch (IOException | XMLStreamException e) {
            throw new ExportException(file + " cannot be written: " + e.getMessage()
                    + ". Check the folder exists and you may write to it.", e);
        }
    }

    /** The closed exterior ring, first point repeated at the end. */
    private static List<GeoPoint> ring(HazardArea a) {
        List<GeoPoint> out = new ArrayList<>();
        for (Coordinate c : a.polygon().getExteriorRing().getCoordinates()) {
            out.add(new GeoPoint(c.y, c.x));
        }
        return out;
    }
}
