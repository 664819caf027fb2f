package org.mineledger.io.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.map.PriorityFeatures;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.calendar.Country;
import org.mineledger.plan.calendar.WorkCalendar;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.clearance.PriorityResult;
import org.mineledger.plan.clearance.PriorityScore;
import org.mineledger.plan.clearance.PriorityWeights;
import org.mineledger.plan.clearance.Scheduler;
import org.mineledger.plan.clearance.TaskList;
import org.mineledger.plan.clearance.Team;
import org.mineledger.store.PlanStore;
import org.mineledger.store.UnreleasedLand;
import org.mineledger.store.Workspace;

/**
 * The {@code clearancePlan.stored} block of a scenario's {@code survey.json}: a plan made by the clearance planner
 * (the same ranking, task list and scheduler as {@code mineledger plan}) for the hazard areas it names, saved in the
 * workspace so the Plan view and {@code print} show it from the start.
 */
final class ClearancePlanSection {
    private final String path;
    private final JsonNode stored;

    ClearancePlanSection(String path, JsonNode file) {
        this.path = path;
        this.stored = file.path("clearancePlan").path("stored");
    }

    /** Makes and saves the plan when the file asks for one; returns the plan's number in the workspace. */
    Optional<Long> loadInto(Workspace workspace) {
        if (stored.isMissingNode()) {
            return Optional.empty();
        }
        String at = "clearancePlan.stored";
        List<HazardArea> hazards = new ArrayList<>();
        for (JsonNode ref : stored.path("hazards")) {
            hazards.add(workspace.hazard(new HazardReference(ref.asText())).orElseThrow(() -> new SampleException(
                    path + ", " + at + ": hazard area " + ref.asText() + " is not in the scenario's hazards file.")));
        }
        if (hazards.isEmpty()) {
            throw new SampleException(path + ", " + at + ": name the hazard areas to plan under \"hazards\".");
        }
        try {
            LocalDate start = LocalDate.parse(text("start", at));
            String teams = text("teams", at);
            int setupDays = stored.path("setupDays").asInt(1);
            PlanStore store = new PlanStore(workspace);
            hazards = UnreleasedLand.of(workspace, hazards).toPlan();
            List<PriorityResult> ranked = new PriorityScore(PriorityWeights.defaults(), PriorityFeatures.from(
                    new BaseMapReader().forWorkspace(workspace.isTraining()))).rank(TaskList.priorityInputs(hazards));
            Plan plan = new Scheduler(calendar(hazards), setupDays).schedule(text("name", at), start,
                    TaskList.fromHazards(hazards, ranked, TaskList.Defaults.standard()),
                    Team.parse(teams, store.catalogue(), start));
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("teams", teams);
            settings.put("country", "NONE");
            settings.put("setupDays", String.valueOf(setupDays));
            settings.put("madeWith", "training scenario " + path);
            return Optional.of(store.save(plan, settings));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new SampleException(path + ", " + at + ": " + e.getMessage(), e);
        }
    }

    /** Monday to Friday, no public holidays, daylight at the areas' mean latitude (as 'plan --country none'). */
    private static WorkCalendar calendar(List<HazardArea> hazards) {
        double lat = hazards.stream().mapToDouble(h -> h.polygon().getCentroid().getY()).average().orElse(55);
        WorkCalendar standard = WorkCalendar.standard(Country.EE, lat);
        return new WorkCalendar(standard.workingDays(), Optional.empty(), List.of(), lat,
                standard.minDaylightHours());
    }

    private String text(String field, String at) {
        return SampleException.requireText(path, stored, field, at);
    }
}
