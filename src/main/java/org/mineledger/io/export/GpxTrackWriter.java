package org.mineledger.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.model.HazardArea;

/**
 * Writes hazard areas as GPX 1.1 for handheld GPS units: each turning point of a boundary as a waypoint named
 * {@code HA-0001 TP1}, and each boundary as a closed track, so field teams can walk to and along it.
 */
public final class GpxTrackWriter {
    private static final String NS = "http://www.topografix.com/GPX/1/1";
    private final String trainingBanner;

    public GpxTrackWriter(String trainingBanner) {
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner.strip();
    }

    public void write(List<HazardArea> areas, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("gpx");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("version", "1.1");
            w.writeAttribute("creator", "MineLedger");
            w.writeStartElement("metadata");
            text(w, "name", trainingBanner.isEmpty() ? "MineLedger hazard areas" : trainingBanner);
            w.writeEndElement();
            for (HazardArea a : areas) {
                Coordinate[] c = a.polygon().getExteriorRing().getCoordinates();
                for (int i = 0; i < c.length - 1; i++) {
                    w.writeStartElement("wpt");
                    w.writeAttribute("lat", Double.toString(c[i].y));
                    w.writeAttribute("lon", Double.toString(c[i].x));
                    text(w, "name", a.reference() + " TP" + (i + 1));
                    text(w, "desc", "Turning point " + (i + 1) + " of " + a.reference() + " " + a.name() + " ("
                            + a.kind().code() + ", " + a.status().label() + ")");
                    text(w, "sym", "Danger Area");
                    w.writeEndElement();
                }
            }
            for (HazardArea a : areas) {
                w.writeStartElement("trk");
                text(w, "name", a.reference() + " " + a.name());
                text(w, "desc", a.kind().label() + ", " + a.status().label());
                w.writeStartElement("trkseg");
                for (Coordinate c : a.polygon().getExteriorRing().getCoordinates()) {
                    w.writeEmptyElement("trkpt");
                    w.writeAttribute("lat", Double.toString(c.y));
                    w.writeAttribute("lon", Double.toString(c.x));
                }
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (IOException | XMLStreamException e) {
            throw new ExportException(file + " cannot be written: " + e.getMessage()
                    + ". Check the folder exists and you may write to it.", e);
        }
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
