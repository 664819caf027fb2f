package org.mineledger.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads an RFC 7946 GeoJSON FeatureCollection (WGS84 longitude, latitude) into JTS geometries.
 *
 * <p>Faults are reported as {@link GeoJsonException} naming the file, the feature and what is wrong;
 * malformed JSON is reported with its line and column.
 */
public final class GeoJsonReader {
    /** EPSG code of WGS84 geographic coordinates, the only CRS RFC 7946 allows. */
    public static final int WGS84_SRID = 4326;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final GeometryFactory factory;

    public GeoJsonReader() {
        this(new GeometryFactory(new PrecisionModel(), WGS84_SRID));
    }

    public GeoJsonReader(GeometryFactory factory) {
        this.factory = factory;
    }

    /** Reads the features of a file; the file name is used in error messages. */
    public List<GeoJsonFeature> read(Path file) {
        String source = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        } catch (NoSuchFileException e) {
            throw new GeoJsonException(source, 0, "the file does not exist (" + file + ")");
        } catch (IOException e) {
            throw new GeoJsonException(source, 0, "the file cannot be read: " + e.getMessage());
        }
    }

    /** Reads the features from a stream (not closed here); {@code source} names it in error messages. */
    public List<GeoJsonFeature> read(InputStream in, String source) {
        JsonNode root = parse(in, source);
        if (root == null || root.isMissingNode()) {
            throw new GeoJsonException(source, 0, "the file is empty");
        }
        String type = root.isObject() ? root.path("type").asText("") : "";
        if (!type.equals("FeatureCollection")) {
            throw new GeoJsonException(source, 0, "expected a GeoJSON FeatureCollection but found "
                    + (type.isEmpty() ? "no \"type\"" : "type '" + type + "'"));
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new GeoJsonException(source, 0, "the FeatureCollection has no \"features\" array");
        }
        GeoJsonGeometries geometries = new GeoJsonGeometries(factory);
        List<GeoJsonFeature> out = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            out.add(feature(features.get(i), i + 1, source, geometries));
        }
        return List.copyOf(out);
    }

    private static JsonNode parse(InputStream in, String source) {
        try {
            return JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new GeoJsonException(source + where + ": the file is not valid JSON: " + e.getOriginalMessage(),
                    source, e);
        } catch (IOException e) {
            throw new GeoJsonException(source, 0, "the file cannot be read: " + e.getMessage());
        }
    }

    private static GeoJsonFeature feature(JsonNode node, int number, String source, GeoJsonGeometries geometries) {
        if (node == null || !node.isObject() || !node.path("type").asText("").equals("Feature")) {
            throw new GeoJsonException(source, number, "this is not a GeoJSON Feature (\"type\": \"Feature\")");
        }
        Geometry geometry;
        try {
            geometry = geometries.parse(node.get("geometry"));
        } catch (GeoJsonGeometries.Fault fault) {
            throw new GeoJsonException(source, number, fault.getMessage());
        }
        JsonNode id = node.get("id");
        JsonNode props = node.get("properties");
        if (props != null && !props.isNull() && !props.isObject()) {
            throw new GeoJsonException(source, number, "\"properties\" is not a JSON object");
        }
        Map<String, Object> properties = props == null || props.isNull() ? Map.of() : object(props);
        return new GeoJsonFeature(number, id == null || id.isNull() ? "" : id.asText(), geometry, properties);
    }

    private static Map<String, Object> object(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), value(e.getValue()));
        }
        return out;
    }

    private static Object value(JsonNode v) {
        if (v.isObject()) {
            return Collections.unmodifiableMap(object(v));
        } else if (v.isArray()) {
            List<Object> list = new ArrayList<>(v.size());
            v.forEach(item -> list.add(value(item)));
            return Collections.unmodifiableList(list);
        }
        return JsonScalars.of(v);
    }
}
