package org.mineledger.io.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.model.survey.SurveyActivity;
import org.mineledger.model.survey.SurveyType;
import org.mineledger.store.SurveyFile;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.Workspace;

/**
 * A scenario's {@code survey.json}: the non-technical survey visit of every area it names, the technical and
 * non-technical survey results, the explosive ordnance finds and, for a cancelled area, the release of the whole
 * area, stored per hazard area through {@link SurveyStore} (one transaction and audit entry per area).
 */
final class SurveySection {
    private final String path;
    private final JsonNode file;
    private final Map<String, List<SurveyActivity>> surveys = new LinkedHashMap<>();
    private final Map<String, List<OrdnanceFind>> finds = new LinkedHashMap<>();
    private final Map<String, List<LandReleaseEvent>> releases = new LinkedHashMap<>();

    SurveySection(String path, JsonNode file) {
        this.path = path;
        this.file = file;
    }

    void loadInto(Workspace workspace) {
        try {
            results(workspace);
            visits();
            finds();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new SampleException(path + ": " + e.getMessage(), e);
        }
        SurveyStore store = new SurveyStore(workspace);
        List<String> refs = new ArrayList<>(surveys.keySet());
        finds.keySet().stream().filter(r -> !refs.contains(r)).forEach(refs::add);
        for (String ref : refs) {
            HazardArea h = hazard(workspace, ref, "");
            store.addAll(h.id(), new SurveyFile(h.reference(), surveys.getOrDefault(ref, List.of()),
                    finds.getOrDefault(ref, List.of()), releases.getOrDefault(ref, List.of())));
        }
    }

    /**
     * Technical survey results, and non-technical ones: a result that cancels or clears an area also records the
     * release of all of it.
     */
    private void results(Workspace workspace) {
        int i = 0;
        for (JsonNode r : file.path("technicalSurvey")) {
            String p = "technicalSurvey[" + i++ + "]";
            String ref = text(r, "hazard", p);
            SurveyType type = text(r, "id", p).startsWith("NTS") ? SurveyType.NTS : SurveyType.TS;
            LocalDate date = LocalDate.parse(text(r, "date", p));
            List<String> evidence = new ArrayList<>();
            r.path("evidence").forEach(e -> evidence.add(e.asText()));
            String finding = r.path("finding").asText("");
            String summary = text(r, "id", p) + ": " + text(r, "result", p)
                    + (evidence.isEmpty() ? "" : "; evidence " + String.join(", ", evidence))
                    + (finding.isBlank() ? "" : "; " + finding);
            add(surveys, ref, new SurveyActivity(type, date, text(r, "team", p), text(r, "method", p), summary,
                    List.of()));
            String result = text(r, "result", p);
            if (result.equals("cancelled") || result.equals("cleared")) {
                HazardArea h = hazard(workspace, ref, p);
                add(releases, ref, new LandReleaseEvent(result.equals("cancelled") ? ReleaseKind.CANCELLED
                        : ReleaseKind.CLEARED, h.polygon(), type + ": " + text(r, "method", p), date));
            }
        }
    }

    /** The non-technical survey visit of every area it names, unless a result above already records it. */
    private void visits() {
        JsonNode nts = file.path("nonTechnicalSurvey");
        if (nts.isMissingNode()) {
            return;
        }
        String p = "nonTechnicalSurvey";
        LocalDate date = LocalDate.parse(text(nts, "date", p));
        String method = "community interviews (" + nts.path("informants").asInt() + " informants)";
        for (JsonNode a : nts.path("areas")) {
            String ref = a.asText();
            boolean recorded = surveys.getOrDefault(ref, List.of()).stream().anyMatch(s -> s.type() == SurveyType.NTS);
            if (!recorded) {
                add(surveys, ref, new SurveyActivity(SurveyType.NTS, date, text(nts, "team", p), method,
                        text(nts, "id", p) + ": suspected hazard area recorded", List.of()));
            }
        }
    }

    private void finds() {
        CoordinateParser parser = new CoordinateParser();
        int i = 0;
        for (JsonNode f : file.path("explosiveOrdnanceFinds")) {
            String p = "explosiveOrdnanceFinds[" + i++ + "]";
            add(finds, text(f, "hazard", p), new OrdnanceFind(parser.parse(text(f, "position", p)),
                    LocalDate.parse(text(f, "date", p)), text(f, "type", p) + " " + text(f, "model", p)
                    + " (" + text(f, "id", p) + ")", f.path("fuzeState").asText(""), f.path("depth_cm").asInt(0),
                    f.path("action").asText("")));
        }
    }

    private HazardArea hazard(Workspace workspace, String ref, String field) {
        return workspace.hazard(new HazardReference(ref)).orElseThrow(() -> new SampleException(path
                + (field.isEmpty() ? "" : ", " + field) + ": hazard area " + ref
                + " is not in the scenario's hazards file."));
    }

    private String text(JsonNode o, String field, String at) {
        return SampleException.requireText(path, o, field, at);
    }

    private static <T> void add(Map<String, List<T>> map, String ref, T item) {
        map.computeIfAbsent(ref, k -> new ArrayList<>()).add(item);
    }
}
