package org.mineledger.io.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.io.BundledResources;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.plan.training.AreaCheck;
import org.mineledger.plan.training.CountCheck;
import org.mineledger.plan.training.FieldCheck;
import org.mineledger.plan.training.HazardExistsCheck;
import org.mineledger.plan.training.MapPoint;
import org.mineledger.plan.training.StepCheck;
import org.mineledger.plan.training.VertexCountCheck;
import org.mineledger.plan.training.VertexNearCheck;
import org.mineledger.plan.training.Walkthrough;
import org.mineledger.plan.training.WalkthroughStep;

/**
 * Reads the walkthrough of a bundled scenario: the file named by {@code "walkthrough"} in its manifest.
 *
 * <p>Each step has {@code id}, {@code title}, {@code instruction}, {@code task} and {@code checks}; each check
 * has a {@code kind} ({@code hazardExists}, {@code hasKind}, {@code hasStatus}, {@code vertexNear},
 * {@code vertexCount}, {@code areaWithin}, {@code countOf}) and its own fields. A fault names the file, the
 * step, the check and the field.
 */
public final class WalkthroughReader {
    private final BundledResources resources;

    /** Reads walkthroughs bundled with the application. */
    public WalkthroughReader() {
        this(new BundledResources());
    }

    public WalkthroughReader(BundledResources resources) {
        this.resources = resources;
    }

    /** True when the scenario's manifest names a walkthrough. */
    public boolean hasWalkthrough(String scenarioId) {
        return manifest(scenarioId).hasNonNull("walkthrough");
    }

    /** Reads the walkthrough of {@code scenarioId}; fails with a message when it has none or it is broken. */
    public Walkthrough read(String scenarioId) {
        JsonNode m = manifest(scenarioId);
        if (!m.hasNonNull("walkthrough")) {
            throw new SampleException("The sample '" + scenarioId + "' has no walkthrough. Samples with one: "
                    + String.join(", ", withWalkthrough()) + ".");
        }
        String path = "samples/" + scenarioId + "/" + BundledResources.requiredText(m, "walkthrough", manifestPath(scenarioId));
        return parse(resources.readJson(path), path, scenarioId);
    }

    /** Ids of the bundled samples that have a walkthrough, in the order of the index. */
    public List<String> withWalkthrough() {
        return new SampleCatalog(resources).ids().stream().filter(this::hasWalkthrough).toList();
    }

    /** Builds a walkthrough from its JSON tree; {@code source} names the file in messages. */
    public static Walkthrough parse(JsonNode doc, String source, String scenarioId) {
        JsonNode steps = doc.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            throw new SampleException(source + ": the field \"steps\" is missing or not a list of steps.");
        }
        List<WalkthroughStep> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(step(steps.get(i), source + ", step " + (i + 1)));
        }
        try {
            return new Walkthrough(scenarioId, BundledResources.requiredText(doc, "title", source),
                    BundledResources.requiredText(doc, "banner", source), out, mapPoints(doc, source));
        } catch (IllegalArgumentException e) {
            throw new SampleException(source + ": " + e.getMessage(), e);
        }
    }

    /** Optional {@code mapPoints}: each a {@code label}, a {@code name} and a {@code position} in any system. */
    private static List<MapPoint> mapPoints(JsonNode doc, String source) {
        List<MapPoint> out = new ArrayList<>();
        JsonNode points = doc.path("mapPoints");
        for (int i = 0; i < points.size(); i++) {
            String at = source + ", map point " + (i + 1);
            String text = BundledResources.requiredText(points.get(i), "position", at);
            try {
                out.add(new MapPoint(BundledResources.requiredText(points.get(i), "label", at),
                        points.get(i).path("name").asText(""), new CoordinateParser().parse(text), text));
            } catch (IllegalArgumentException e) {
                throw new SampleException(at + ": the position '" + text + "' cannot be read: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static WalkthroughStep step(JsonNode s, String where) {
        String id = BundledResources.requiredText(s, "id", where);
        String at = where + " ('" + id + "')";
        JsonNode checks = s.get("checks");
        if (checks == null || !checks.isArray() || checks.isEmpty()) {
            throw new SampleException(at + ": the field \"checks\" is missing or empty; every step needs a check.");
        }
        List<StepCheck> list = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            String checkAt = at + ", check " + (i + 1);
            try {
                list.add(check(checks.get(i), checkAt));
            } catch (IllegalArgumentException e) {
                throw new SampleException(checkAt + ": " + e.getMessage(), e);
            }
        }
        return new WalkthroughStep(id, BundledResources.requiredText(s, "title", at),
                BundledResources.requiredText(s, "instruction", at), BundledResources.requiredText(s, "task", at), list);
    }

    private static StepCheck check(JsonNode c, String at) {
        String kind = BundledResources.requiredText(c, "kind", at);
        String hint = c.path("hint").asText("");
        switch (kind) {
            case "hazardExists":
                return new HazardExistsCheck(ref(c, at));
            case "hasKind":
                return FieldCheck.kind(ref(c, at), HazardKind.parse(BundledResources.requiredText(c, "expected", at)),
                        hint);
            case "hasStatus":
                return FieldCheck.status(ref(c, at),
                        HazardStatus.parse(BundledResources.requiredText(c, "expected", at)), hint);
            case "vertexNear":
                return vertexNear(c, at, hint);
            case "vertexCount":
                return new VertexCountCheck(ref(c, at), (int) number(c, "min", at), (int) number(c, "max", at), hint);
            case "areaWithin":
                return new AreaCheck(ref(c, at), number(c, "expected_m2", at), number(c, "tolerance_percent", at), hint);
            case "countOf":
                return new CountCheck(c.hasNonNull("kindOf") ? HazardKind.parse(c.get("kindOf").asText()) : null,
                        c.hasNonNull("status") ? HazardStatus.parse(c.get("status").asText()) : null,
                        (int) number(c, "expected", at), hint);
            default:
                throw new SampleException(at + ": unknown check kind '" + kind + "'. Use hazardExists, hasKind, "
                        + "hasStatus, vertexNear, vertexCount, areaWithin or countOf.");
        }
    }

    private static VertexNearCheck vertexNear(JsonNode c, String at, String hint) {
        String text = BundledResources.requiredText(c, "expected", at);
        GeoPoint p;
        try {
            p = new CoordinateParser().parse(text);
        } catch (IllegalArgumentException e) {
            throw new SampleException(at + ": the expected position '" + text + "' cannot be read: " + e.getMessage(), e);
        }
        return new VertexNearCheck(ref(c, at), c.path("label").asText(""), p, text, c.path("derivation").asText(""),
                new Distance(number(c, "tolerance_m", at)), hint);
    }

    private static HazardReference ref(JsonNode c, String at) {
        return new HazardReference(BundledResources.requiredText(c, "hazard", at));
    }

    private static double number(JsonNode c, String field, String at) {
        JsonNode v = c.get(field);
        if (v == null || !v.isNumber()) {
            throw new SampleException(at + ": the field \"" + field + "\" is missing or not a number.");
        }
        return v.asDouble();
    }

    private JsonNode manifest(String scenarioId) {
        List<String> ids = new SampleCatalog(resources).ids();
        if (!ids.contains(scenarioId)) {
            throw new SampleException("There is no sample called '" + scenarioId + "'. Available samples: "
                    + String.join(", ", ids) + ".");
        }
        return resources.readJson(manifestPath(scenarioId));
    }

    private static String manifestPath(String scenarioId) {
        return "samples/" + scenarioId + "/manifest.json";
    }
}
