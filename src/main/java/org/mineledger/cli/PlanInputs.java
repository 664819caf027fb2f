package org.mineledger.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Point;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.map.BaseMap;
import org.mineledger.map.PriorityFeatures;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.calendar.Country;
import org.mineledger.plan.calendar.WorkCalendar;
import org.mineledger.plan.clearance.AssetCatalogue;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.clearance.PlanningDetails;
import org.mineledger.plan.clearance.PriorityResult;
import org.mineledger.plan.clearance.PriorityScore;
import org.mineledger.plan.clearance.PriorityWeights;
import org.mineledger.plan.clearance.Scheduler;
import org.mineledger.plan.clearance.TaskList;
import org.mineledger.plan.clearance.Team;

/** What the plan and print commands share: the base maps for a workspace and the planning steps. */
final class PlanInputs {
    private PlanInputs() {
    }

    /** The world map, and the fictional training map only for a training workspace. */
    static List<BaseMap> baseMaps(boolean training) {
        return new BaseMapReader().forWorkspace(training);
    }

    /** Mean latitude of the open hazards, for the daylight rule; 55 N when there are none. */
    static double siteLatitude(List<HazardArea> hazards) {
        return hazards.stream().mapToDouble(h -> {
            Point c = h.polygon().getCentroid();
            return c.getY();
        }).average().orElse(55);
    }

    static WorkCalendar calendar(String country, List<HazardArea> hazards) {
        Optional<Country> c = country == null || country.equalsIgnoreCase("none") ? Optional.empty()
                : Optional.of(Country.parse(country));
        WorkCalendar standard = WorkCalendar.standard(Country.EE, siteLatitude(hazards));
        return new WorkCalendar(standard.workingDays(), c, List.of(), standard.latitudeDeg(),
                standard.minDaylightHours());
    }

    /**
     * Whether {@code out} asks for the plan as JSON rather than the task-sheet pack as PDF; refuses any other
     * extension and a folder that does not exist, so that nothing is stored for a file that cannot be written.
     */
    static boolean isJsonOutput(java.nio.file.Path out) {
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean json = name.endsWith(".json");
        if (!json && !name.endsWith(".pdf")) {
            throw new IllegalArgumentException("Cannot tell what to write to " + out + ": end the name with .pdf "
                    + "for the task-sheet pack or .json for the plan as data.");
        }
        java.nio.file.Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The folder " + folder + " does not exist; create it first or "
                    + "write " + out.getFileName() + " to another folder.");
        }
        return json;
    }

    /** Runs {@code write}, turning a file system failure into a message for the user. */
    static void writing(java.nio.file.Path pdf, Runnable write) {
        try {
            write.run();
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("Could not write " + pdf + " (" + e.getCause().getMessage()
                    + "). Check that the folder exists and that you may write to it.", e);
        }
    }

    /**
     * The ranking from the stored planning details, with the {@code --blocked}, {@code --community} and
     * {@code --casualties} options of this run on top (they are not stored; {@code plan-details} stores them).
     */
    static List<PriorityResult> priorities(List<HazardArea> hazards, Map<String, PlanningDetails> stored,
            List<BaseMap> maps, String blocked, String community, String casualties) {
        java.util.Map<String, Integer> hurt = new java.util.HashMap<>();
        for (String item : refs(casualties)) {
            String[] kv = item.split("=");
            try {
                hurt.put(kv[0].strip(), Integer.parseInt(kv.length > 1 ? kv[1].strip() : "1"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Casualties '" + item + "' must be HAZARD=COUNT, e.g. HA-0004=2.");
            }
        }
        return new PriorityScore(PriorityWeights.defaults(), PriorityFeatures.from(maps)).rank(TaskList.priorityInputs(
                hazards, stored, java.util.Set.copyOf(refs(blocked)), java.util.Set.copyOf(refs(community)), hurt));
    }

    private static List<String> refs(String list) {
        return list == null || list.isBlank() ? List.of()
                : java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Plan plan(String name, List<HazardArea> hazards, Map<String, PlanningDetails> details,
            List<PriorityResult> priorities, AssetCatalogue catalogue, String teams, LocalDate start,
            WorkCalendar calendar, int setupDays, TaskList.Defaults defaults) {
        return new Scheduler(calendar, setupDays).schedule(name, start,
                TaskList.fromHazards(hazards, priorities, defaults, details),
                Team.parse(teams, catalogue, start));
    }
}
