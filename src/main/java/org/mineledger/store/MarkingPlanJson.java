package org.mineledger.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mineledger.plan.marking.MarkingPlan;
import org.mineledger.plan.marking.MaterialLine;
import org.mineledger.plan.marking.Sign;

/** The stored form of a marking plan: what was planned, readable without MineLedger. */
final class MarkingPlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MarkingPlanJson() {
    }

    static String write(String area, MarkingPlan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("hazard_ref", area);
        root.put("max_sign_spacing_m", plan.options().maxSignSpacing().metres());
        root.put("outer_buffer_m", plan.options().outerBuffer().metres());
        root.put("picket_interval_m", plan.options().picketInterval().metres());
        root.put("barrier", plan.options().barrier().name());
        root.put("strands", plan.options().strands());
        root.put("perimeter_m", plan.perimeter().metres());
        root.put("pickets", plan.pickets());
        root.put("labour_person_hours", plan.labourPersonHours());
        ArrayNode signs = root.putArray("signs");
        for (Sign s : plan.signs()) {
            ObjectNode n = signs.addObject();
            n.put("number", s.number());
            n.put("lat", s.position().lat());
            n.put("lon", s.position().lon());
            n.put("facing_deg_true", s.facing().degrees());
            n.put("reason", s.reason().name());
            n.put("chainage_m", s.chainage().metres());
        }
        ArrayNode materials = root.putArray("materials");
        for (MaterialLine m : plan.materials()) {
            materials.addObject().put("item", m.item()).put("quantity", m.quantity()).put("unit", m.unit())
                    .put("basis", m.basis());
        }
        ArrayNode assumptions = root.putArray("assumptions");
        plan.assumptions().forEach(assumptions::add);
        return root.toString();
    }
}
