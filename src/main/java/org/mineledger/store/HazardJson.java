package org.mineledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;

/**
 * A hazard area as the JSON kept in the audit trail. The polygon is written as GeoJSON Polygon
 * coordinates ([[[lon, lat], ...], hole, ...]); Jackson writes doubles with {@link Double#toString},
 * which reads back to the identical double, so the trail holds the boundary exactly.
 */
final class HazardJson {
    /** Key of the import source an audit entry may carry beside the area itself; not part of the area. */
    static final String SOURCE_KEY = "source";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HazardJson() {
    }

    static String write(HazardArea area) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", area.id());
        o.put("reference", area.reference().value());
        o.put("name", area.name());
        o.put("kind", area.kind().name());
        o.put("status", area.status().name());
        o.put("notes", area.notes());
        o.put("created_at", UtcTime.format(area.createdAt()));
        o.put("updated_at", UtcTime.format(area.updatedAt()));
        Polygon p = area.polygon();
        ArrayNode rings = o.putArray("polygon");
        ring(rings.addArray(), p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(rings.addArray(), p.getInteriorRingN(i));
        }
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write hazard area " + area.reference() + " as JSON", e);
        }
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

    private static void ring(ArrayNode out, LineString ring) {
        for (Coordinate c : ring.getCoordinates()) {
            out.addArray().add(c.x).add(c.y);
        }
    }
}
