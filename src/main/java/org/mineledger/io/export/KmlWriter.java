package org.mineledger.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;

/**
 * Writes hazard areas as KML 2.2 for Google Earth, styled with the GICHD Land Release Symbology (IMAS 07.11
 * Annex C): CHA fill #FF0000 and SHA fill #F4A718 at 50 % opacity; outline red while open, orange while worked
 * on (reduced), green when closed (cancelled, cleared, handed over). Laid minefields are filled dark red.
 */
public final class KmlWriter {
    private static final String NS = "http://www.opengis.net/kml/2.2";
    private final String trainingBanner;

    public KmlWriter(String trainingBanner) {
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner.strip();
    }

    public void write(List<HazardArea> areas, Path file) {
        write(areas, file, n -> { });
    }

    /** Writes {@code areas}; {@code progress} gets the count written so far (and may throw to cancel). */
    public void write(List<HazardArea> areas, Path file, IntConsumer progress) {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("kml");
            w.writeDefaultNamespace(NS);
            w.writeStartElement("Document");
            text(w, "name", trainingBanner.isEmpty() ? "MineLedger hazard areas" : trainingBanner
                    + " — MineLedger hazard areas");
            for (HazardKind k : HazardKind.values()) {
                for (HazardStatus s : HazardStatus.values()) {
                    style(w, k, s);
                }
            }
            int done = 0;
            for (HazardArea a : areas) {
                placemark(w, a);
                progress.accept(++done);
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (IOException | XMLStreamException e) {
            throw new ExportException(file + " cannot be written: " + e.getMessage()
                    + ". Check the folder exists and you may write to it.", e);
        }
    }

    /** KML colour (aabbggrr) of a kind's fill at 50 % opacity. */
    static String fill(HazardKind k) {
        return switch (k) {
            case CONFIRMED -> "7f0000ff";
            case SUSPECTED -> "7f18a7f4";
            case LAID_MINEFIELD -> "7f00008b";
        };
    }

    /** KML colour of a status's outline. */
    static String outline(HazardStatus s) {
        return switch (s) {
            case ACTIVE -> "ff0000ff";
            case REDUCED -> "ff00a5ff";
            case CANCELLED, CLEARED, HANDED_OVER -> "ff00b000";
        };
    }

    private static String styleId(HazardKind k, HazardStatus s) {
        return (k.code() + "-" + s.name()).toLowerCase(Locale.ROOT);
    }

    private static void style(XMLStreamWriter w, HazardKind k, HazardStatus s) throws XMLStreamException {
        w.writeStartElement("Style");
        w.writeAttribute("id", styleId(k, s));
        w.writeStartElement("LineStyle");
        text(w, "color", outline(s));
        text(w, "width", "3");
        w.writeEndElement();
        w.writeStartElement("PolyStyle");
        text(w, "color", fill(k));
        w.writeEndElement();
        w.writeEndElement();
    }

    private void placemark(XMLStreamWriter w, HazardArea a) throws XMLStreamException {
        w.writeStartElement("Placemark");
        w.writeAttribute("id", a.reference().value());
        text(w, "name", a.reference() + " " + a.name());
        text(w, "description", a.kind().label() + ", " + a.status().label()
                + (a.notes().isEmpty() ? "" : ". " + a.notes())
                + (trainingBanner.isEmpty() ? "" : " [" + trainingBanner + "]"));
        text(w, "styleUrl", "#" + styleId(a.kind(), a.status()));
        w.writeStartElement("ExtendedData");
        data(w, "reference", a.reference().value());
        data(w, "name", a.name());
        data(w, "kind", a.kind().code());
        data(w, "status", a.status().name());
        data(w, "notes", a.notes());
        w.writeEndElement();
        Polygon p = a.polygon();
        w.writeStartElement("Polygon");
        ring(w, "outerBoundaryIs", p.getExteriorRing(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(w, "innerBoundaryIs", p.getInteriorRingN(i), false);
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    /** KML 2.2 wants outer rings counter-clockwise (section 10.8.3.4); holes are written clockwise. */
    private static void ring(XMLStreamWriter w, String boundary, LineString ring, boolean ccw) throws XMLStreamException {
        Coordinate[] c = ring.getCoordinates();
        if (Orientation.isCCW(c) != ccw) {
            c = ring.reverse().getCoordinates();
        }
        StringBuilder b = new StringBuilder();
        for (Coordinate x : c) {
            b.append(x.x).append(',').append(x.y).append(' ');
        }
        w.writeStartElement(boundary);
        w.writeStartElement("LinearRing");
        text(w, "coordinates", b.toString().strip());
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void data(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement("Data");
        w.writeAttribute("name", name);
        text(w, "value", value);
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
