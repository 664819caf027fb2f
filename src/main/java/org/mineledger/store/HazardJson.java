package org.mineledger.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.StringWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;

/**
 * A hazard area as the JSON kept in the audit trail. The polygon is written as GeoJSON Polygon
 * coordinates ([[[lon, lat], ...], hole, ...]); Jackson writes doubles with {@link Double#toString},
 * which reads back to the identical double, so the trail holds the boundary exactly.
 */
final class HazardJson {
    /**
     * Key of the import source that entries of imports made before schema 9 carry beside the area itself (now an
     * import has one entry of its own, {@link ImportAuditJson}); not part of the area.
     */
    static final String SOURCE_KEY = "source";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HazardJson() {
    }

    static String write(HazardArea area) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(text)) {
            write(g, area, area.polygon());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write hazard area " + area.reference() + " as JSON", e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator g, HazardArea area, Polygon p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", area.id());
        g.writeStringField("reference", area.reference().value());
        g.writeStringField("name", area.name());
        g.writeStringField("kind", area.kind().name());
        g.writeStringField("status", area.status().name());
        g.writeStringField("notes", area.notes());
        g.writeStringField("created_at", UtcTime.format(area.createdAt()));
        g.writeStringField("updated_at", UtcTime.format(area.updatedAt()));
        g.writeArrayFieldStart("polygon");
        ring(g, p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(g, p.getInteriorRingN(i));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** True when both texts hold the same area (key order, spacing and any import source aside). */
    static boolean sameContent(String a, String b) {
        return a != null && b != null && withoutSource(tree(a)).equals(withoutSource(tree(b)));
    }

    private static JsonNode withoutSource(JsonNode n) {
        if (n instanceof ObjectNode o && o.has(SOURCE_KEY)) {
            ObjectNode copy = o.deepCopy();
            copy.remove(SOURCE_KEY);
            return copy;
        }
        return n;
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return MAPPER.getNodeFactory().textNode("unreadable: " + json);
        }
    }

    private static void ring(JsonGenerator g, LineString ring) throws IOException {
        CoordinateSequence c = ring.getCoordinateSequence();
        g.writeStartArray();
        for (int i = 0; i < c.size(); i++) {
            g.writeStartArray();
            g.writeNumber(c.getX(i));
            g.writeNumber(c.getY(i));
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
