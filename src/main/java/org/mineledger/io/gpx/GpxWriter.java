package org.mineledger.io.gpx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mineledger.geo.GeoPoint;
import org.mineledger.io.DataFileException;
import org.mineledger.plan.marking.MarkingPlan;
import org.mineledger.plan.marking.Sign;

/**
 * Writes a marking plan's signs as GPX 1.1 waypoints (named S-001 ...) for handheld GPS receivers, optionally
 * with the turning points of the marked line as waypoints TP-01 ... Coordinates are WGS84, 8 decimals (~1 mm).
 */
public final class GpxWriter {
    static final String NS = "http://www.topografix.com/GPX/1/1";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

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
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gpx");
            x.writeDefaultNamespace(NS);
            x.writeNamespace("xsi", XSI);
            x.writeAttribute(XSI, "schemaLocation", NS + " http://www.topografix.com/GPX/1/1/gpx.xsd");
            x.writeAttribute("version", "1.1");
            x.writeAttribute("creator", "MineLedger");
            x.writeStartElement("metadata");
            text(x, "name", "Marking plan " + area);
            text(x, "desc", (trainingBanner.isEmpty() ? "" : trainingBanner + ". ") + plan.signs().size()
                    + " warning signs of hazard area " + area + ". " + String.join(" ", plan.assumptions()));
            x.writeEndElement();
            for (Sign s : plan.signs()) {
                waypoint(x, s.position(), s.number(), String.format(Locale.ROOT, "%s; face %.0f deg true; %.1f m "
                        + "along the line from S-001", s.reason().label(), s.facing().degrees(),
                        s.chainage().metres()), "Warning sign");
            }
            if (turningPoints) {
                List<GeoPoint> tps = plan.markedLine();
                for (int i = 0; i < tps.size(); i++) {
                    waypoint(x, tps.get(i), String.format("TP-%02d", i + 1), "turning point of the marked line",
                            "Turning point");
                }
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new DataFileException("Cannot write the GPX file: " + e.getMessage(), e);
        }
    }

    private static void waypoint(XMLStreamWriter x, GeoPoint p, String name, String desc, String type)
            throws XMLStreamException {
        x.writeStartElement("wpt");
        x.writeAttribute("lat", String.format(Locale.ROOT, "%.8f", p.lat()));
        x.writeAttribute("lon", String.format(Locale.ROOT, "%.8f", p.lon()));
        text(x, "name", name);
        text(x, "desc", desc);
        text(x, "sym", "Danger Area");
        text(x, "type", type);
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
