package org.mineledger.io.gpx;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mineledger.geo.GeoPoint;

/**
 * One GPX 1.1 file being written: metadata, then waypoints, then tracks, in the order the schema requires.
 * Coordinates are WGS84 degrees written in full (the shortest decimal that reads back to the same number,
 * never in exponent form, which GPX's xsd:decimal does not allow).
 */
public final class GpxDocument {
    /** The GPX 1.1 namespace. */
    public static final String NS = "http://www.topografix.com/GPX/1/1";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter x;

    private GpxDocument(XMLStreamWriter x) {
        this.x = x;
    }

    /** Starts the file on {@code out} with its metadata; {@code desc} may be null for none. */
    public static GpxDocument start(OutputStream out, String name, String desc) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("gpx");
        x.writeDefaultNamespace(NS);
        x.writeNamespace("xsi", XSI);
        x.writeAttribute(XSI, "schemaLocation", NS + " http://www.topografix.com/GPX/1/1/gpx.xsd");
        x.writeAttribute("version", "1.1");
        x.writeAttribute("creator", "MineLedger");
        x.writeStartElement("metadata");
        text(x, "name", name);
        if (desc != null) {
            text(x, "desc", desc);
        }
        x.writeEndElement();
        return new GpxDocument(x);
    }

    /** A waypoint; {@code type} may be null for none. Write every waypoint before the first track. */
    public void waypoint(GeoPoint p, String name, String desc, String sym, String type) throws XMLStreamException {
        waypoint(p, null, null, name, desc, sym, type);
    }

    /** A waypoint with its elevation in metres and its time, either may be null for none. */
    public void waypoint(GeoPoint p, Double elevationM, Instant time, String name, String desc, String sym,
            String type) throws XMLStreamException {
        x.writeStartElement("wpt");
        x.writeAttribute("lat", degrees(p.lat()));
        x.writeAttribute("lon", degrees(p.lon()));
        if (elevationM != null) {
            text(x, "ele", BigDecimal.valueOf(elevationM).toPlainString());
        }
        if (time != null) {
            text(x, "time", time.toString());
        }
        text(x, "name", name);
        text(x, "desc", desc);
        text(x, "sym", sym);
        if (type != null) {
            text(x, "type", type);
        }
        x.writeEndElement();
    }

    /** A track of one segment through {@code points} in order. */
    public void track(String name, String desc, List<GeoPoint> points) throws XMLStreamException {
        x.writeStartElement("trk");
        text(x, "name", name);
        text(x, "desc", desc);
        x.writeStartElement("trkseg");
        for (GeoPoint p : points) {
            x.writeEmptyElement("trkpt");
            x.writeAttribute("lat", degrees(p.lat()));
            x.writeAttribute("lon", degrees(p.lon()));
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    /** Closes the gpx element and flushes; the caller closes the stream. */
    public void finish() throws XMLStreamException {
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
        x.close();
    }

    /** {@code v} as a plain decimal that parses back to exactly {@code v}: 0.0001, not 1.0E-4. */
    static String degrees(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
