package org.mineledger.io.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.monitoring.EventKind;
import org.mineledger.plan.monitoring.FollowUp;
import org.mineledger.plan.monitoring.FollowUpRules;
import org.mineledger.plan.monitoring.InspectionRecord;
import org.mineledger.plan.monitoring.MonitoringEvent;
import org.mineledger.plan.monitoring.MonitoringSettings;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;

/**
 * A scenario's {@code monitoring.json}: the monitoring settings and the marking plan (as marked) of each section,
 * the inspections that were done (one record per section, with the faults found at its posts), the missed ones (a
 * task to make each up, closed by the next inspection done), the follow-up tasks a later repair closed, and the
 * events, stored through {@link MonitoringStore}.
 */
final class MonitoringSection {
    private final String path;
    private final JsonNode file;
    private final MarkingSection marking;
    private final List<Section> sections = new ArrayList<>();
    /** Posts with a fence breach, by stored inspection id, to close the breach task once they are repaired. */
    private final Map<Long, Set<Integer>> breachPosts = new HashMap<>();

    private record Section(HazardReference area, int firstPost, int lastPost, String team) {
        boolean holds(int post) {
            return post >= firstPost && post <= lastPost;
        }
    }

    MonitoringSection(String path, JsonNode file) {
        this.path = path;
        this.file = file;
        this.marking = new MarkingSection(path, file);
    }

    void loadInto(Workspace workspace) {
        try {
            MonitoringStore store = new MonitoringStore(workspace);
            settings(workspace, store);
            int i = 0;
            for (JsonNode inspection : file.path("inspections")) {
                String p = "inspections[" + i++ + "]";
                String result = text(inspection, "result", p);
                if (result.equals("done")) {
                    for (Section s : sections) {
                        inspect(store, s, inspection, p);
                    }
                } else if (result.equals("missed")) {
                    LocalDate due = LocalDate.parse(text(inspection, "date", p));
                    Optional<LocalDate> madeUp = nextDone(due);
                    for (Section s : sections) {
                        store.recordMissedInspection(s.area(), s.team(), due, inspection.path("reason").asText(""),
                                madeUp);
                    }
                } else {
                    throw new SampleException(path + ", " + p + ": result '" + result
                            + "' is neither done nor missed.");
                }
            }
            events(store);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new SampleException(path + ": " + e.getMessage(), e);
        }
    }

    private void settings(Workspace workspace, MonitoringStore store) {
        int i = 0;
        for (JsonNode s : file.path("sections")) {
            String p = "sections[" + i++ + "]";
            HazardReference area = new HazardReference(text(s, "hazard", p));
            if (workspace.hazard(area).isEmpty()) {
                throw new SampleException(path + ", " + p + ": hazard area " + area
                        + " is not in the scenario's hazards file.");
            }
            Section section = new Section(area, s.path("firstPost").asInt(), s.path("lastPost").asInt(),
                    text(s, "team", p));
            sections.add(section);
            if (marking.present()) {
                store.saveMarkingPlan(area, marking.plan(workspace.hazard(area).orElseThrow(), section.firstPost(),
                        section.lastPost()));
            }
            store.saveSettings(new MonitoringSettings(area, section.team(), s.path("nearSettlement").asBoolean(true),
                    Optional.of(LocalDate.parse(text(s, "monitoringFrom", p)))));
        }
    }

    private void inspect(MonitoringStore store, Section s, JsonNode inspection, String p) {
        LocalDate date = LocalDate.parse(text(inspection, "date", p));
        List<String> missing = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<Integer> breaches = new HashSet<>();
        Set<Integer> repaired = new HashSet<>();
        boolean entry = false;
        for (JsonNode f : inspection.path("findings")) {
            int post = f.path("post").asInt();
            if (!s.holds(post)) {
                continue;
            }
            notes.add("post " + post + ": " + f.path("what").asText(""));
            switch (f.path("sign").asText("")) {
                case "missing" -> missing.add(sign(post));
                case "damaged" -> damaged.add(sign(post));
                case "" -> { }
                default -> throw new SampleException(path + ", " + p + ", post " + post + ": sign '"
                        + f.path("sign").asText() + "' is neither missing nor damaged.");
            }
            if (f.path("fenceBreach").asBoolean(false)) {
                breaches.add(post);
            }
            entry |= f.path("evidenceOfEntry").asBoolean(false);
            if (f.path("repaired").asBoolean(false)) {
                repaired.add(post);
            }
        }
        String by = text(inspection, "by", p);
        InspectionRecord stored = store.recordInspection(new InspectionRecord(0, s.area(), date, by, s.team(),
                missing, damaged, breaches.size(), entry, false, String.join("; ", notes), List.of()), List.of(),
                FollowUpRules.DEFAULT);
        breachPosts.put(stored.id(), breaches);
        if (!repaired.isEmpty()) {
            closeRepaired(store, s.area(), repaired, date);
        }
    }

    /** The first inspection done after a missed one, which makes it up. */
    private Optional<LocalDate> nextDone(LocalDate missed) {
        Optional<LocalDate> next = Optional.empty();
        for (JsonNode inspection : file.path("inspections")) {
            LocalDate d = LocalDate.parse(inspection.path("date").asText());
            if (inspection.path("result").asText("").equals("done") && d.isAfter(missed)
                    && next.map(d::isBefore).orElse(true)) {
                next = Optional.of(d);
            }
        }
        return next;
    }

    /** Closes the open tasks of an area that the repairs at {@code posts} put right. */
    private void closeRepaired(MonitoringStore store, HazardReference area, Set<Integer> posts, LocalDate day) {
        for (FollowUp f : store.records().followUps(area)) {
            if (!f.isOpen()) {
                continue;
            }
            boolean sign = posts.stream().anyMatch(post -> f.concernsSign(sign(post)));
            Set<Integer> breaches = breachPosts.getOrDefault(f.inspectionId(), Set.of());
            boolean fence = f.task().startsWith("Close ") && !breaches.isEmpty() && posts.containsAll(breaches);
            if (sign || fence) {
                store.completeFollowUp(f.id(), day);
            }
        }
    }

    private void events(MonitoringStore store) {
        int i = 0;
        for (JsonNode e : file.path("events")) {
            String p = "events[" + i++ + "]";
            store.recordEvent(new MonitoringEvent(0, new HazardReference(text(e, "hazard", p)),
                    EventKind.parse(text(e, "kind", p)), LocalDate.parse(text(e, "date", p)),
                    e.path("note").asText("")));
        }
    }

    /** Post 14 carries sign S-014, as a marking plan numbers its signs. */
    private static String sign(int post) {
        return String.format(Locale.ROOT, "S-%03d", post);
    }

    private String text(JsonNode o, String field, String at) {
        return SampleException.requireText(path, o, field, at);
    }
}
