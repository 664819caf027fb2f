package org.mineledger.io.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.mineledger.io.BundledResources;
import org.mineledger.store.Workspace;

/**
 * Loads the optional record files a scenario names under {@code optional} in its manifest (laid-minefield
 * record; survey reports, finds and a clearance plan; marking and monitoring history) into a workspace that
 * already holds its hazard areas.
 */
public final class ScenarioRecords {
    private final BundledResources resources;

    public ScenarioRecords(BundledResources resources) {
        this.resources = resources;
    }

    /** Stores every optional section of scenario {@code id} in {@code workspace}; a fault names the file. */
    public void loadInto(Workspace workspace, String id) {
        String folder = "samples/" + id + "/";
        JsonNode optional = resources.readJson(folder + "manifest.json").path("optional");
        String laid = optional.path("laidRecord").asText("");
        if (!laid.isBlank()) {
            new LaidRecordSection(folder + laid, resources.readJson(folder + laid)).loadInto(workspace);
        }
        String survey = optional.path("survey").asText("");
        if (!survey.isBlank()) {
            JsonNode file = resources.readJson(folder + survey);
            new SurveySection(folder + survey, file).loadInto(workspace);
            new ClearancePlanSection(folder + survey, file).loadInto(workspace);
        }
        String monitoring = optional.path("monitoring").asText("");
        if (!monitoring.isBlank()) {
            new MonitoringSection(folder + monitoring, resources.readJson(folder + monitoring)).loadInto(workspace);
        }
    }
}
