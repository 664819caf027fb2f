package org.mineledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mineledger.plan.clearance.AssetKind;
import org.mineledger.plan.clearance.AssetType;
import org.mineledger.plan.clearance.Assignment;
import org.mineledger.plan.clearance.ClearanceTask;
import org.mineledger.plan.clearance.GroundClass;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.clearance.Team;

/** Plans and asset types as the JSON kept in the workspace and in its audit trail. */
final class PlanJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanJson() {
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write plan JSON", e);
        }
    }

    static JsonNode parse(String json, String what) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException(what + " in the workspace cannot be read (" + e.getOriginalMessage()
                    + "). Run 'mineledger check' on the workspace.", e);
        }
    }

    static ObjectNode productivity(AssetType a) {
        ObjectNode p = MAPPER.createObjectNode();
        a.productivity().entrySet().stream().sorted(Map.Entry.comparingByKey(
                (x, y) -> x.code().compareTo(y.code()))).forEach(e -> p.put(e.getKey().code(), e.getValue()));
        return p;
    }

    static Map<GroundClass, Double> productivity(JsonNode p) {
        Map<GroundClass, Double> m = new HashMap<>();
        p.fields().forEachRemaining(e -> m.put(GroundClass.parse(e.getKey()), e.getValue().asDouble()));
        return m;
    }

    static ObjectNode asset(AssetType a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", a.code()).put("kind", a.kind().name()).put("name", a.name()).put("teamSize", a.teamSize())
                .put("dailyCostUsd", a.dailyCostUsd()).put("source", a.source()).put("isDefault", a.isDefault());
        n.set("productivity", productivity(a));
        return n;
    }

    static AssetType asset(JsonNode n) {
        return new AssetType(n.path("code").asText(), AssetKind.valueOf(n.path("kind").asText()),
                n.path("name").asText(), n.path("teamSize").asInt(), n.path("dailyCostUsd").asDouble(),
                productivity(n.path("productivity")), n.path("source").asText(), n.path("isDefault").asBoolean());
    }

    static ObjectNode plan(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", plan.name()).put("start", plan.start().toString());
        ArrayNode teams = root.putArray("teams");
        for (Team t : plan.teams()) {
            ObjectNode n = teams.addObject().put("id", t.id()).put("availableFrom", t.availableFrom().toString());
            n.set("asset", asset(t.asset()));
        }
        ArrayNode tasks = root.putArray("tasks");
        List<ClearanceTask> all = new ArrayList<>();
        plan.assignments().forEach(a -> all.add(a.task()));
        plan.unscheduled().forEach(u -> all.add(u.task()));
        for (ClearanceTask t : all) {
            ObjectNode n = tasks.addObject().put("id", t.id()).put("hazard", t.hazardReference())
                    .put("description", t.description()).put("areaM2", t.areaM2()).put("ground", t.ground().code())
                    .put("method", t.method().name()).put("depthCm", t.depthCm()).put("rank", t.priorityRank());
            t.surveyEnds().ifPresent(d -> n.put("surveyEnds", d.toString()));
            t.dependsOn().ifPresent(d -> n.put("dependsOn", d));
            if (!t.basisNote().isEmpty()) {
                n.put("basisNote", t.basisNote());
            }
        }
        ArrayNode assignments = root.putArray("assignments");
        for (Assignment a : plan.assignments()) {
            ObjectNode n = assignments.addObject().put("task", a.task().id()).put("team", a.team().id())
                    .put("setupDays", a.setupDays()).put("m2PerDay", a.m2PerDay()).put("costUsd", a.costUsd());
            ArrayNode days = n.putArray("days");
            a.days().forEach(d -> days.add(d.toString()));
        }
        ArrayNode left = root.putArray("unscheduled");
        plan.unscheduled().forEach(u -> left.addObject().put("task", u.task().id()).put("reason", u.reason()));
        return root;
    }

    static Plan plan(JsonNode root) {
        Map<String, Team> teams = new LinkedHashMap<>();
        for (JsonNode n : root.path("teams")) {
            teams.put(n.path("id").asText(), new Team(n.path("id").asText(), asset(n.path("asset")),
                    LocalDate.parse(n.path("availableFrom").asText())));
        }
        Map<String, ClearanceTask> tasks = new HashMap<>();
        for (JsonNode n : root.path("tasks")) {
            ClearanceTask t = new ClearanceTask(n.path("id").asText(), n.path("hazard").asText(),
                    n.path("description").asText(), n.path("areaM2").asDouble(),
                    GroundClass.parse(n.path("ground").asText()), AssetKind.valueOf(n.path("method").asText()),
                    n.path("depthCm").asInt(), n.path("rank").asInt(),
                    n.hasNonNull("surveyEnds") ? Optional.of(LocalDate.parse(n.get("surveyEnds").asText()))
                            : Optional.empty(),
                    n.hasNonNull("dependsOn") ? Optional.of(n.get("dependsOn").asText()) : Optional.empty(),
                    n.path("basisNote").asText(""));
            tasks.put(t.id(), t);
        }
        List<Assignment> assignments = new ArrayList<>();
        for (JsonNode n : root.path("assignments")) {
            List<LocalDate> days = new ArrayList<>();
            n.path("days").forEach(d -> days.add(LocalDate.parse(d.asText())));
            assignments.add(new Assignment(tasks.get(n.path("task").asText()), teams.get(n.path("team").asText()),
                    days, n.path("setupDays").asInt(), n.path("m2PerDay").asDouble(), n.path("costUsd").asDouble()));
        }
        List<Plan.Unscheduled> left = new ArrayList<>();
        for (JsonNode n : root.path("unscheduled")) {
            left.add(new Plan.Unscheduled(tasks.get(n.path("task").asText()), n.path("reason").asText()));
        }
        return new Plan(root.path("name").asText(), LocalDate.parse(root.path("start").asText()),
                new ArrayList<>(teams.values()), assignments, left);
    }
}
