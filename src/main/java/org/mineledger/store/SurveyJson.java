package org.mineledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.model.survey.SurveyActivity;

/** Survey records as the JSON kept in the audit trail. */
final class SurveyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SurveyJson() {
    }

    static String activity(long id, long hazardId, SurveyActivity a) {
        ObjectNode o = head(id, hazardId);
        o.put("type", a.type().name());
        o.put("date", a.date().toString());
        o.put("team", a.team());
        o.put("method", a.method());
        o.put("evidence", a.evidence());
        ArrayNode inf = o.putArray("informants");
        a.informants().forEach(inf::add);
        return text(o);
    }

    static String find(long id, long hazardId, OrdnanceFind f) {
        ObjectNode o = head(id, hazardId);
        JsonFields.putPoint(o, "position", f.position());
        o.put("date", f.date().toString());
        o.put("type_model", f.typeModel());
        o.put("fuze_state", f.fuzeState());
        o.put("depth_cm", f.depthCm());
        o.put("action_taken", f.actionTaken());
        return text(o);
    }

    static String release(long id, long hazardId, LandReleaseEvent e) {
        ObjectNode o = head(id, hazardId);
        o.put("kind", e.kind().name());
        o.put("method", e.method());
        o.put("date", e.date().toString());
        o.put("area_m2", e.areaM2());
        ArrayNode ring = o.putArray("polygon").addArray();
        for (Coordinate c : e.polygon().getExteriorRing().getCoordinates()) {
            ring.addArray().add(c.x).add(c.y);
        }
        return text(o);
    }

    static String informants(SurveyActivity a) {
        ArrayNode inf = MAPPER.createArrayNode();
        a.informants().forEach(inf::add);
        return text(inf);
    }

    private static ObjectNode head(long id, long hazardId) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("hazard_fid", hazardId);
        return o;
    }

    private static String text(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write survey record as JSON", e);
        }
    }

    static java.util.List<String> readInformants(String json) {
        try {
            java.util.List<String> out = new java.util.ArrayList<>();
            MAPPER.readTree(json).forEach(n -> out.add(n.asText()));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the informants list is not valid JSON", e);
        }
    }
}
