package org.mineledger.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.io.importer.ImportException;
import org.mineledger.io.importer.ImportLimits;
import org.mineledger.io.importer.SourceFeature;
import org.mineledger.io.importer.SourceFiles;
import org.mineledger.io.importer.SourceLayer;

/**
 * Reads a GeoJSON FeatureCollection for import, one feature at a time (streaming), so that a bad feature becomes
 * a problem of that feature and the rest are still read. Malformed JSON stops the file with line and column.
 */
public final class GeoJsonSourceReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ImportLimits limits;

    public GeoJsonSourceReader(ImportLimits limits) {
        this.limits = limits;
    }

    public SourceLayer read(Path file) {
        String name = SourceFiles.checkReadable(file, limits);
        GeoJsonGeometries geometries = new GeoJsonGeometries(
                new GeometryFactory(new PrecisionModel(), GeoJsonReader.WGS84_SRID));
        List<SourceFeature> out = new ArrayList<>();
        List<String> fileProblems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             JsonParser p = JSON.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(name, at(p), "this is not a GeoJSON FeatureCollection (it must start "
                        + "with '{').");
            }
            boolean sawFeatures = false;
            String type = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ("features".equals(field) && t == JsonToken.START_ARRAY) {
                    sawFeatures = true;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        String where = "feature " + (out.size() + 1) + " (" + at(p) + ")";
                        JsonNode node = JSON.readTree(p);
                        out.add(feature(node, out.size() + 1, where, geometries));
                        if (out.size() > limits.maxFeatures()) {
                            throw new ImportException(name, where, "more than " + limits.maxFeatures()
                                    + " features. Split the file.");
                        }
                    }
                } else if ("type".equals(field) && t == JsonToken.VALUE_STRING) {
                    type = p.getText();
                } else if ("crs".equals(field)) {
                    JsonNode crs = JSON.readTree(p);
                    String crsName = crs.path("properties").path("name").asText("");
                    if (!crsName.isEmpty() && !crsName.matches("(?i).*(CRS84|4326)$")) {
                        fileProblems.add("The file declares the coordinate system '" + crsName + "', but GeoJSON "
                                + "(RFC 7946) must be WGS84 longitude/latitude. Re-export it as WGS84.");
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (!"FeatureCollection".equals(type) || !sawFeatures) {
                throw new ImportException(name, "", "expected a GeoJSON FeatureCollection with a \"features\" "
                        + "array but found " + (type.isEmpty() ? "no \"type\"" : "type '" + type + "'") + ".");
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new ImportException(name, where, "the file is not valid JSON: " + e.getOriginalMessage()
                    + ". The file may be cut off or not GeoJSON.", e);
        } catch (IOException e) {
            throw new ImportException(name, "", "the file cannot be read: " + e.getMessage(), e);
        }
        return new SourceLayer(name, SourceFiles.baseName(file), out, fileProblems);
    }

    private static String at(JsonParser p) {
        JsonLocation l = p.currentLocation();
        return "line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    private static SourceFeature feature(JsonNode node, int number, String where, GeoJsonGeometries geometries) {
        if (node == null || !node.isObject() || !node.path("type").asText("").equals("Feature")) {
            return SourceFeature.broken(number, "", where, "this is not a GeoJSON Feature (\"type\": \"Feature\").");
        }
        JsonNode idNode = node.get("id");
        String id = idNode == null || idNode.isNull() ? "" : idNode.asText();
        Map<String, Object> attributes = new LinkedHashMap<>();
        JsonNode props = node.get("properties");
        if (props != null && props.isObject()) {
            props.fields().forEachRemaining(e -> attributes.put(e.getKey(), value(e.getValue())));
        }
        try {
            Geometry g = geometries.parse(node.get("geometry"));
            return new SourceFeature(number, id, where, g, attributes, List.of());
        } catch (GeoJsonGeometries.Fault fault) {
            return new SourceFeature(number, id, where, null, attributes, List.of(fault.getMessage()));
        }
    }

    /** Objects and arrays are kept as their JSON text: a source attribute is one value. */
    private static Object value(JsonNode v) {
        return v.isNull() || v.isValueNode() ? JsonScalars.of(v) : v.toString();
    }
}
