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
 * {@code HA-0001 TP1}, and each boundary as a closed track, so field teams can walk to and along it. GPX has no
 * polygons: the boundary of a hole (land inside the area that is not hazardous) is a track of its own named
 * {@code HA-0001 … hole 1}, its corners waypoints {@code HA-0001 H1 TP1}, so that no boundary is lost.
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
                String about = a.reference() + " " + a.name() + " (" + a.kind().code() + ", " + a.status().label()
                        + ")";
                for (int r = 0; r <= a.polygon().getNumInteriorRing(); r++) {
                    List<GeoPoint> ring = ring(a, r);
                    String prefix = r == 0 ? a.reference() + " " : a.reference() + " H" + r + " ";
                    for (int i = 0; i < ring.size() - 1; i++) {
                        gpx.waypoint(ring.get(i), prefix + "TP" + (i + 1), "Turning point " + (i + 1) + " of "
                                + (r == 0 ? "" : "hole " + r + " of ") + about, "Danger Area", null);
                    }
                }
            }
            int done = 0;
            for (HazardArea a : areas) {
                String kind = a.kind().label() + ", " + a.status().label();
                gpx.track(a.reference() + " " + a.name(), kind, ring(a, 0));
                for (int r = 1; r <= a.polygon().getNumInteriorRing(); r++) {
                    gpx.track(a.reference() + " " + a.name() + " hole " + r, "Boundary of hole " + r + " of "
                            + a.reference() + ": land inside it is not part of the hazard area (" + kind + ")",
                            ring(a, r));
                }
                progress.accept(++done);
            }
            gpx.finish();
        } catch (IOException | XMLStreamException e) {
            throw new ExportException(file + " cannot be written: " + e.getMessage()
                    + ". Check the folder exists and you may write to it.", e);
        }
    }

    /** Ring {@code r} closed (0 the boundary, 1… its holes), first point repeated at the end. */
    private static List<GeoPoint> ring(HazardArea a, int r) {
        List<GeoPoint> out = new ArrayList<>();
        for (Coordinate c : (r == 0 ? a.polygon().getExteriorRing() : a.polygon().getInteriorRingN(r - 1))
                .getCoordinates()) {
            out.add(new GeoPoint(c.y, c.x));
        }
        return out;
    }
}
