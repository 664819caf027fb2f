package org.mineledger.plan.clearance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;

/**
 * The tasks a set of hazards needs, in priority order, following the land-release sequence (IMAS 07.11):
 * confirmed areas and laid minefields get clearance; a suspected area (SHA, already the product of non-technical
 * survey, IMAS 08.10) gets a technical survey (IMAS 08.20) and then, only after that survey ends, clearance of the
 * part it is expected to confirm, sized by a stated assumption that the plan prints; released areas need none.
 * Ground class and depth come from each hazard's stored planning details, else from the defaults, and every task
 * says which.
 */
public final class TaskList {
    /**
     * Settings applied to every task until the planner changes a task; all MineLedger defaults.
     *
     * @param expectedConfirmedShare share (0 to 1) of a suspected area the planner expects its technical survey to
     *                               confirm, planned as clearance after the survey; 0 plans no clearance until the
     *                               survey has reported
     */
    public record Defaults(AssetKind clearanceMethod, AssetKind surveyMethod, GroundClass ground, int depthCm,
            double expectedConfirmedShare) {
        /** 13 cm: a common national minimum depth for anti-personnel mines (DOMAIN notes; set per task). */
        public static final int DEFAULT_DEPTH_CM = 13;
        /**
         * 25 %: a MineLedger planning assumption, not a published figure; set it from the programme's own
         * technical-survey results (how much suspected land they confirmed), and replan when a survey reports.
         */
        public static final double DEFAULT_EXPECTED_CONFIRMED_SHARE = 0.25;

        public Defaults {
            Objects.requireNonNull(clearanceMethod, "clearanceMethod");
            Objects.requireNonNull(surveyMethod, "surveyMethod");
            Objects.requireNonNull(ground, "ground");
            if (!(expectedConfirmedShare >= 0 && expectedConfirmedShare <= 1)) {
                throw new IllegalArgumentException("The expected confirmed share of a suspected area, "
                        + expectedConfirmedShare * 100 + " %, must be between 0 % and 100 %.");
            }
        }

        public Defaults(AssetKind clearanceMethod, AssetKind surveyMethod, GroundClass ground, int depthCm) {
            this(clearanceMethod, surveyMethod, ground, depthCm, DEFAULT_EXPECTED_CONFIRMED_SHARE);
        }

        public static Defaults standard() {
            return new Defaults(AssetKind.MANUAL, AssetKind.MDD, GroundClass.parse("medium/firm"), DEFAULT_DEPTH_CM);
        }

        public Defaults withExpectedConfirmedShare(double share) {
            return new Defaults(clearanceMethod, surveyMethod, ground, depthCm, share);
        }
    }

    private TaskList() {
    }

    /** Tasks for hazards with no stored planning details (defaults for ground and depth). */
    public static List<ClearanceTask> fromHazards(List<HazardArea> hazards, List<PriorityResult> priorities,
            Defaults defaults) {
        return fromHazards(hazards, priorities, defaults, Map.of());
    }

    /** The tasks of the hazards still to release, numbered T-001… in priority order (a survey before its clearance). */
    public static List<ClearanceTask> fromHazards(List<HazardArea> hazards, List<PriorityResult> priorities,
            Defaults defaults, Map<String, PlanningDetails> details) {
        Map<String, Integer> rank = new HashMap<>();
        priorities.forEach(p -> rank.put(p.reference(), p.rank()));
        List<HazardArea> open = new ArrayList<>(hazards.stream().filter(h -> !h.status().isReleased()).toList());
        open.sort((a, b) -> Integer.compare(rank.getOrDefault(a.reference().value(), Integer.MAX_VALUE),
                rank.getOrDefault(b.reference().value(), Integer.MAX_VALUE)));
        List<ClearanceTask> tasks = new ArrayList<>();
        for (HazardArea h : open) {
            String ref = h.reference().value();
            PlanningDetails d = details.getOrDefault(ref, PlanningDetails.none(ref));
            GroundClass ground = d.ground().orElse(defaults.ground());
            int depth = d.depthCm().orElse(defaults.depthCm());
            String source = source(d, ground, depth);
            int r = rank.getOrDefault(ref, tasks.size() + 1);
            double area = new GeodesicArea(h.polygon()).area();
            if (h.kind() != HazardKind.SUSPECTED) {
                tasks.add(new ClearanceTask(id(tasks), ref, "clearance", area, ground, defaults.clearanceMethod(),
                        depth, r, Optional.empty(), Optional.empty(), source));
                continue;
            }
            String surveyId = id(tasks);
            double share = defaults.expectedConfirmedShare();
            tasks.add(new ClearanceTask(surveyId, ref, "technical survey", area, ground, defaults.surveyMethod(),
                    depth, r, Optional.empty(), Optional.empty(), source + "; suspected area: technical survey first"
                    + (share > 0 ? "" : "; clearance is not planned until this survey reports what it confirms")));
            if (share > 0) {
                tasks.add(new ClearanceTask(id(tasks), ref, "clearance of the expected confirmed part",
                        area * share, ground, defaults.clearanceMethod(), depth, r, Optional.empty(),
                        Optional.of(surveyId), String.format(Locale.ROOT, "%s; area ASSUMED %.0f %% of the suspected"
                                + " %,.0f m² (MineLedger planning assumption): starts after technical survey %s"
                                + " ends; replan with the area it confirms", source, share * 100, area, surveyId)));
            }
        }
        return List.copyOf(tasks);
    }

    private static String id(List<ClearanceTask> tasks) {
        return String.format(Locale.ROOT, "T-%03d", tasks.size() + 1);
    }

    /** Which of ground class and depth are the hazard's own and which the defaults. */
    private static String source(PlanningDetails d, GroundClass ground, int depth) {
        String g = "ground " + ground.code() + (d.ground().isPresent() ? " (hazard details)" : " (default)");
        String c = "depth " + depth + " cm" + (d.depthCm().isPresent() ? " (hazard details)" : " (default)");
        return g + ", " + c;
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
        return priorityInputs(hazards, Map.of(), blocked, community, casualties);
    }

    /**
     * Priority inputs from the stored details, with the facts given for this run on top: a hazard named in
     * {@code blocked} or {@code community} counts as blocking access or requested, one in {@code casualties} with
     * that count of casualties.
     *
     * @throws IllegalArgumentException naming a reference that is not among the open hazards
     */
    public static List<PriorityInput> priorityInputs(List<HazardArea> hazards, Map<String, PlanningDetails> stored,
            java.util.Set<String> blocked, java.util.Set<String> community, Map<String, Integer> casualties) {
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
        Map<String, PlanningDetails> merged = new HashMap<>(stored);
        for (HazardArea h : open) {
            String ref = h.reference().value();
            PlanningDetails d = merged.getOrDefault(ref, PlanningDetails.none(ref));
            if (blocked.contains(ref) && !d.blockedAccess()) {
                d = d.withBlockedAccess(true, "");
            }
            if (community.contains(ref) && !d.communityRequest()) {
                d = d.withCommunityRequest(true, Optional.empty(), "");
            }
            if (casualties.containsKey(ref)) {
                d = d.withCasualties(casualties.get(ref), casualties.get(ref) == d.casualties()
                        ? d.lastCasualty() : Optional.empty());
            }
            merged.put(ref, d);
        }
        return priorityInputs(open, merged);
    }

    /** Priority inputs from each open hazard's stored planning details (none stored: no fact beyond the map). */
    public static List<PriorityInput> priorityInputs(List<HazardArea> hazards, Map<String, PlanningDetails> details) {
        return hazards.stream().filter(h -> !h.status().isReleased()).map(h -> {
            String ref = h.reference().value();
            return new PriorityInput(ref, h.polygon(), details.getOrDefault(ref, PlanningDetails.none(ref)));
        }).toList();
    }
}
