package org.mineledger.io.kml;

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
import org.locationtech.jts.geom.Geometry;
import org.mineledger.io.importer.ImportException;
import org.mineledger.io.importer.ImportLimits;
import org.mineledger.io.importer.SafeXml;
import org.mineledger.io.importer.SourceFeature;
import org.mineledger.io.importer.SourceFiles;
import org.mineledger.io.importer.SourceLayer;

/**
 * Reads the Placemarks of a KML 2.2 file (OGC 07-147r2) or of the main KML inside a KMZ: name, description,
 * ExtendedData and geometry (Point, LineString, LinearRing, Polygon with holes, MultiGeometry), streaming with
 * StAX. XML with a DOCTYPE is refused, so external entities and entity expansion never happen.
 */
public final class KmlReader {
    private final ImportLimits limits;

    public KmlReader(ImportLimits limits) {
        this.limits = limits;
    }

    /** Reads a {@code .kml} or {@code .kmz} file. */
    public SourceLayer read(Path file) {
        String name = SourceFiles.checkReadable(file, limits);
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".kmz")) {
            return new KmzArchive(limits).read(file, name, this);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, SourceFiles.baseName(file));
        } catch (IOException e) {
            throw new ImportException(name, "", "the file cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads KML from a stream (not closed here); {@code source} names it in messages. */
    public SourceLayer read(InputStream in, String source, String layer) {
        List<SourceFeature> out = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = SafeXml.reader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ImportException(source, SafeXml.at(r), SafeXml.doctypeRefused());
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ImportException(source, SafeXml.at(r), "the file uses the entity '&"
                            + r.getLocalName() + ";', which is not allowed in KML. Re-export the file.");
                }
                if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Placemark")) {
                    out.add(placemark(r, out.size() + 1));
                    if (out.size() > limits.maxFeatures()) {
                        throw new ImportException(source, SafeXml.at(r), "more than " + limits.maxFeatures()
                                + " placemarks. Split the file.");
                    }
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw new ImportException(source, where, "the file is not well-formed XML (" + SafeXml.reason(e.getMessage())
                    + "). It may be cut off or not KML; export it again.", e);
        } finally {
            close(r);
        }
        if (out.isEmpty()) {
            throw new ImportException(source, "", "the file holds no Placemark. Is it a KML file with features?");
        }
        return new SourceLayer(source, layer, out, List.of());
    }

    private SourceFeature placemark(XMLStreamReader r, int number) throws XMLStreamException {
        String where = "placemark " + number + " (" + SafeXml.at(r) + ")";
        Map<String, Object> attributes = new LinkedHashMap<>();
        KmlGeometryBuilder geometry = new KmlGeometryBuilder(limits.maxVerticesPerFeature());
        List<String> problems = new ArrayList<>();
        String id = r.getAttributeValue(null, "id");
        String dataName = null;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String el = r.getLocalName();
                switch (el) {
                    case "name", "description" -> {
                        if (depth == 2) {
                            attributes.put(el, r.getElementText().strip());
                            depth--;
                        }
                    }
                    case "Data" -> dataName = r.getAttributeValue(null, "name");
                    case "value" -> {
                        if (dataName != null) {
                            attributes.put(dataName, r.getElementText().strip());
                            depth--;
                        }
                    }
                    case "SimpleData" -> {
                        String key = r.getAttributeValue(null, "name");
                        String text = r.getElementText().strip();
                        depth--;
                        if (key != null) {
                            attributes.put(key, text);
                        }
                    }
                    case "coordinates" -> {
                        String coordinatesAt = SafeXml.at(r);
                        String text = r.getElementText();
                        depth--;
                        geometry.coordinates(text, coordinatesAt, problems);
                    }
                    default -> geometry.start(el);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                geometry.end(r.getLocalName());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("entity references are not allowed", r.getLocation());
            }
        }
        Geometry g = problems.isEmpty() ? geometry.result(problems) : null;
        if (g == null && problems.isEmpty()) {
            problems.add("the placemark has no geometry.");
        }
        String featureId = id != null ? id : attributes.getOrDefault("name", "").toString();
        return new SourceFeature(number, featureId, where, g, attributes, problems);
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing left to release: the stream itself is closed by the caller
            }
        }
    }
}
