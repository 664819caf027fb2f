package org.mineledger.plan.clearance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;

/**
 * The tasks a set of hazards needs, in priority order: clearance for confirmed areas and laid minefields,
 * technical survey for suspected areas (what it confirms is planned for clearance once the survey reports);
 * released areas (cancelled, cleared, handed over) need none.
 */
public final class TaskList {
    /** Settings applied to every task until the planner changes a task; all MineLedger defaults. */
    public record Defaults(AssetKind clearanceMethod, AssetKind surveyMethod, GroundClass ground, int depthCm) {
        /** 13 cm: a common national minimum depth for anti-personnel mines (DOMAIN notes; set per task). */
        public static final int DEFAULT_DEPTH_CM = 13;

        public Defaults {
            Objects.requireNonNull(clearanceMethod, "clearanceMethod");
            Objects.requireNonNull(surveyMethod, "surveyMethod");
            Objects.requireNonNull(ground, "ground");
        }

        public static Defaults standard() {
            return new Defaults(AssetKind.MANUAL, AssetKind.MDD, GroundClass.parse("medium/firm"), DEFAULT_DEPTH_CM);
        }
    }

    private TaskList() {
    }

    /** One task per hazard still to release, numbered T-001… in priority order. */
    public static List<ClearanceTask> fromHazards(List<HazardArea> hazards, List<PriorityResult> priorities,
            Defaults defaults) {
        Map<String, Integer> rank = new HashMap<>();
        priorities.forEach(p -> rank.put(p.reference(), p.rank()));
        List<HazardArea> open = new ArrayList<>(hazards.stream().filter(h -> !h.status().isReleased()).toList());
        open.sort((a, b) -> Integer.compare(rank.getOrDefault(a.reference().value(), Integer.MAX_VALUE),
                rank.getOrDefault(b.reference().value(), Integer.MAX_VALUE)));
        List<ClearanceTask> tasks = new ArrayList<>();
        for (HazardArea h : open) {
            boolean survey = h.kind() == HazardKind.SUSPECTED;
            double area = new GeodesicArea(h.polygon()).area();
            tasks.add(new ClearanceTask(String.format("T-%03d", tasks.size() + 1), h.reference().value(),
                    survey ? "technical survey" : "clearance", area, defaults.ground(),
                    survey ? defaults.surveyMethod() : defaults.clearanceMethod(), defaults.depthCm(),
                    rank.getOrDefault(h.reference().value(), tasks.size() + 1), Optional.empty(), Optional.empty()));
        }
        return List.copyOf(tasks);
    }

    /** Priority inputs for hazards with no facts beyond their polygons (no blocked access, request or casualty). */
    public static List<PriorityInput> priorityInputs(List<HazardArea> hazards) {
        return priorityInputs(hazards, java.util.Set.of(), java.util.Set.of(), Map.of());
    }

    /**
     * Priority inputs with the facts not on the map, by hazard reference.
     *
     * @throws IllegalArgumentException naming a reference that is not among the open hazards
     */
    public static List<PriorityInput> priorityInputs(List<HazardArea> hazards, java.util.Set<String> blocked,
            java.util.Set<String> community, Map<String, Integer> casualties) {
        List<HazardArea> open = hazards.stream().filter(h -> !h.status().isReleased()).toList();
        java.util.Set<String> known = new java.util.HashSet<>();
        open.forEach(h -> known.add(h.reference().value()));
        java.util.Set<String> named = new java.util.TreeSet<>(blocked);
        named.addAll(community);
        named.addAll(casualties.keySet());
        named.removeAll(known);
        if (!named.isEmpty()) {
            throw new IllegalArgumentException("No open hazard area " + String.join(", ", named)
                    + " in the workspace; name open hazards by their reference, e.g. HA-0001.");
        }
        return open.stream().map(h -> {
            String ref = h.reference().value();
            return new PriorityInput(ref, h.polygon(), blocked.contains(ref), community.contains(ref),
                    casualties.getOrDefault(ref, 0));
        }).toList();
    }
}
