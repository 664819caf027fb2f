package org.mineledger.io.gpx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.io.importer.ImportException;
import org.mineledger.io.importer.ImportLimits;
import org.mineledger.io.importer.SafeXml;
import org.mineledger.io.importer.SourceFeature;
import org.mineledger.io.importer.SourceFiles;
import org.mineledger.io.importer.SourceLayer;

/**
 * Reads GPX 1.1 waypoints (points), routes and tracks (one line per track segment) with StAX; a DOCTYPE is
 * refused, so external entities and entity expansion never happen. A track walked around an area and closed
 * (last point back at the first) becomes a polygon in the import preview.
 */
public final class GpxReader {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final ImportLimits limits;

    public GpxReader(ImportLimits limits) {
        this.limits = limits;
    }

    public SourceLayer read(Path file) {
        String name = SourceFiles.checkReadable(file, limits);
        List<SourceFeature> out = new ArrayList<>();
        XMLStreamReader r = null;
        try (InputStream in = Files.newInputStream(file)) {
            r = SafeXml.reader(in);
            String trackName = "";
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new ImportException(name, SafeXml.at(r), SafeXml.doctypeRefused());
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ImportException(name, SafeXml.at(r), "the file uses the entity '&" + r.getLocalName()
                            + ";', which GPX does not allow.");
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "wpt" -> out.add(waypoint(r, out.size() + 1));
                    case "trk", "rte" -> trackName = "";
                    case "name" -> trackName = r.getElementText().strip();
                    case "trkseg" -> out.add(line(r, out.size() + 1, "trkseg", "trkpt", trackName));
                    case "rtept" -> {
                        // routes are read as their points; few field teams draw areas as routes
                        out.add(waypoint(r, out.size() + 1));
                    }
                    default -> {
                    }
                }
                if (out.size() > limits.maxFeatures()) {
                    throw new ImportException(name, SafeXml.at(r), "more than " + limits.maxFeatures() + " features.");
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw new ImportException(name, where, "the file is not well-formed XML ("
                    + SafeXml.reason(e.getMessage())
                    + "). It may be cut off or not GPX; export it from the GPS again.", e);
        } catch (IOException e) {
            throw new ImportException(name, "", "the file cannot be read: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the underlying stream is closed by try-with-resources
                }
            }
        }
        if (out.isEmpty()) {
            throw new ImportException(name, "", "the file holds no waypoint, route or track.");
        }
        return new SourceLayer(name, SourceFiles.baseName(file), out, List.of());
    }

    private static SourceFeature waypoint(XMLStreamReader r, int n) throws XMLStreamException {
        String where = r.getLocalName() + " " + n + " (" + SafeXml.at(r) + ")";
        List<String> problems = new ArrayList<>();
        Coordinate c = position(r, problems);
        Map<String, Object> attributes = new LinkedHashMap<>();
        String element = r.getLocalName();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String el = r.getLocalName();
                if (depth == 1 && List.of("name", "desc", "cmt", "sym", "type", "time", "ele").contains(el)) {
                    attributes.put(el, r.getElementText().strip());
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        Geometry g = c == null ? null : WGS84.createPoint(c);
        return new SourceFeature(n, String.valueOf(attributes.getOrDefault("name", "")), where + " " + element, g,
                attributes, problems);
    }

    private SourceFeature line(XMLStreamReader r, int n, String container, String pointElement, String trackName)
            throws XMLStreamException {
        String where = "track segment " + n + " (" + SafeXml.at(r) + ")";
        List<String> problems = new ArrayList<>();
        List<Coordinate> points = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals(pointElement)) {
                    String at = SafeXml.at(r);
                    List<String> p = new ArrayList<>();
                    Coordinate c = position(r, p);
                    p.forEach(x -> problems.add("point " + (points.size() + 1) + " (" + at + "): " + x));
                    if (c != null) {
                        points.add(c);
                    }
                    if (points.size() > limits.maxVerticesPerFeature()) {
                        throw new XMLStreamException("more than " + limits.maxVerticesPerFeature()
                                + " points in one track segment", r.getLocation());
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", trackName);
        Geometry g = null;
        if (points.size() < 2) {
            problems.add("the track segment has " + points.size() + " point(s); a line needs two.");
        } else if (problems.isEmpty()) {
            g = WGS84.createLineString(points.toArray(Coordinate[]::new));
        }
        return new SourceFeature(n, trackName, where, g, attributes, problems);
    }

    private static Coordinate position(XMLStreamReader r, List<String> problems) {
        String lat = r.getAttributeValue(null, "lat");
        String lon = r.getAttributeValue(null, "lon");
        try {
            double y = Double.parseDouble(lat);
            double x = Double.parseDouble(lon);
            if (Math.abs(y) > 90 || Math.abs(x) > 180 || !Double.isFinite(x) || !Double.isFinite(y)) {
                problems.add("lat=" + lat + " lon=" + lon + " is outside the globe (lat -90..90, lon -180..180).");
                return null;
            }
            return new Coordinate(x, y);
        } catch (NullPointerException | NumberFormatException e) {
            problems.add("lat=\"" + lat + "\" lon=\"" + lon + "\" are not both numbers.");
            return null;
        }
    }
}
