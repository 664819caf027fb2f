package org.mineledger.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.marking.MarkingPlan;
import org.mineledger.plan.marking.Sign;
import org.mineledger.plan.monitoring.FollowUp;
import org.mineledger.plan.monitoring.FollowUpRules;
import org.mineledger.plan.monitoring.InspectionRecord;
import org.mineledger.plan.monitoring.MonitoringEvent;
import org.mineledger.plan.monitoring.MonitoringRecords;
import org.mineledger.plan.monitoring.MonitoringSettings;
import org.mineledger.plan.monitoring.SelfDestructSpec;
import org.mineledger.store.AuditEntry.Action;

/**
 * Marking plans, monitoring settings, inspections with their photos, events, follow-up tasks and
 * self-destruct data of a workspace. Every change is one transaction with one audit entry in it.
 */
public final class MonitoringStore {
    static final String SETTINGS = "ml_monitoring_area";
    static final String PLAN = "ml_marking_plan";
    static final String INSPECTION = "ml_inspection";
    static final String EVENT = "ml_monitoring_event";
    static final String FOLLOW_UP = "ml_follow_up";
    static final String SELF_DESTRUCT = "ml_self_destruct";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Workspace ws;

    public MonitoringStore(Workspace workspace) {
        this.ws = Objects.requireNonNull(workspace, "workspace");
    }

    /** Sets who monitors an area and whether it lies near a settlement. */
    public void saveSettings(MonitoringSettings s) {
        saveSetup(s, Optional.empty());
    }

    /**
     * Sets how an area is monitored and, when given, the self-destruct data of its mines, in one transaction;
     * nothing is written (and nothing audited) for a part whose stored value is already this.
     */
    public void saveSetup(MonitoringSettings s, Optional<SelfDestructSpec> sd) {
        synchronized (ws) {
            ws.write("the monitoring settings of " + s.area(), () -> {
                String before = MonitoringRows.settingsJson(ws.connection(), s.area());
                MonitoringRows.upsertSettings(ws.connection(), s);
                String after = MonitoringRows.settingsJson(ws.connection(), s.area());
                if (!after.equals(before)) {
                    audit(before == null ? Action.CREATE : Action.UPDATE, SETTINGS, rowId(SETTINGS, s.area()), before,
                            after);
                }
                if (sd.isPresent()) {
                    upsertSelfDestruct(ws, s.area(), sd.get());
                }
                return null;
            });
        }
    }

    /** Stores a marking plan as made for {@code area}; returns its id. Older plans are kept. */
    public long saveMarkingPlan(HazardReference area, MarkingPlan plan) {
        String json = MarkingPlanJson.write(area.value(), plan);
        synchronized (ws) {
            return ws.write("the marking plan of " + area, () -> {
                long id = insert("INSERT INTO " + PLAN + " (hazard_ref, created_at, plan_json) VALUES (?, ?, ?)",
                        area.value(), UtcTime.format(ws.now()), json);
                audit(Action.CREATE, PLAN, id, null, json);
                return id;
            });
        }
    }

    /** The signs of the latest marking plan of an area, empty when it has none. */
    public List<Sign> latestSigns(HazardReference area) {
        synchronized (ws) {
            return ws.read(() -> MonitoringRows.latestSigns(ws.connection(), area));
        }
    }

    /**
     * Stores an inspection, its attachments and the follow-up tasks its failed items create, all in one
     * transaction. Returns the inspection as stored (with its id and attachment names).
     */
    public InspectionRecord recordInspection(InspectionRecord draft, List<InspectionAttachment> files,
            FollowUpRules rules) {
        return recordInspection(draft, files, rules, List.of());
    }

    /**
     * As {@link #recordInspection(InspectionRecord, List, FollowUpRules)}, and closes the follow-up tasks
     * {@code closing} (put right by this inspection) on its date in the same transaction; each closure is audited
     * with the inspection that closed it.
     */
    public InspectionRecord recordInspection(InspectionRecord draft, List<InspectionAttachment> files,
            FollowUpRules rules, List<Long> closing) {
        synchronized (ws) {
            return ws.write("the inspection of " + draft.area() + " on " + draft.date(), () -> {
                Connection c = ws.connection();
                long id = MonitoringRows.insertInspection(c, draft, UtcTime.format(ws.now()));
                List<String> names = new ArrayList<>();
                for (InspectionAttachment f : files) {
                    MonitoringRows.insertAttachment(c, id, f);
                    names.add(f.fileName());
                }
                InspectionRecord stored = new InspectionRecord(id, draft.area(), draft.date(), draft.inspector(),
                        draft.team(), draft.missingSigns(), draft.damagedSigns(), draft.fenceBreaches(),
                        draft.evidenceOfEntry(), draft.reviewsDone(), draft.notes(), names);
                ObjectNode after = MonitoringRows.inspectionNode(stored);
                var tasks = after.putArray("follow_ups");
                for (FollowUp f : stored.followUps(rules)) {
                    long fid = MonitoringRows.insertFollowUp(c, f);
                    tasks.addObject().put("id", fid).put("task", f.task()).put("due", f.due().toString());
                }
                audit(Action.CREATE, INSPECTION, id, null, after.toString());
                for (long task : closing) {
                    close(task, draft.date(), id);
                }
                return stored;
            });
        }
    }

    /**
     * Records a routine inspection that was due on {@code due} and not done, with the reason, as the task to make
     * it up; {@code madeUp} is the day a later inspection was done, which closes the task. A missed inspection is
     * not an inspection: it satisfies no due date. Returns the task as stored.
     */
    public FollowUp recordMissedInspection(HazardReference area, String team, LocalDate due, String reason,
            java.util.Optional<LocalDate> madeUp) {
        FollowUp draft = new FollowUp(0, 0, area, team, "Make up the inspection missed on " + due
                + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")"), due, madeUp);
        synchronized (ws) {
            return ws.write("the missed inspection of " + area + " on " + due, () -> {
                long id = MonitoringRows.insertFollowUp(ws.connection(), draft);
                if (madeUp.isPresent()) {
                    try (PreparedStatement p = ws.connection().prepareStatement(
                            "UPDATE " + FOLLOW_UP + " SET done_on = ? WHERE id = ?")) {
                        p.setString(1, madeUp.get().toString());
                        p.setLong(2, id);
                        p.executeUpdate();
                    }
                }
                audit(Action.CREATE, FOLLOW_UP, id, null, MonitoringRows.followUpJson(ws.connection(), id));
                return new FollowUp(id, 0, area, team, draft.task(), due, madeUp);
            });
        }
    }

    /** The attachments of one inspection, in the order they were added. */
    public List<InspectionAttachment> attachments(long inspectionId) {
        synchronized (ws) {
            return ws.read(() -> MonitoringRows.attachments(ws.connection(), inspectionId));
        }
    }

    /** Records an event (flood, storm, fire, frost heave, reported entry) at an area. */
    public MonitoringEvent recordEvent(MonitoringEvent e) {
        synchronized (ws) {
            return ws.write("the " + e.kind().label() + " at " + e.area(), () -> {
                long id = insert("INSERT INTO " + EVENT + " (hazard_ref, kind, occurred_on, note) VALUES (?, ?, ?, ?)",
                        e.area().value(), e.kind().name(), e.occurred().toString(), e.note());
                MonitoringEvent stored = new MonitoringEvent(id, e.area(), e.kind(), e.occurred(), e.note());
                audit(Action.CREATE, EVENT, id, null, MAPPER.createObjectNode().put("hazard_ref", e.area().value())
                        .put("kind", e.kind().name()).put("occurred_on", e.occurred().toString())
                        .put("note", e.note()).toString());
                return stored;
            });
        }
    }

    /** Marks a follow-up task done on {@code day}. */
    public void completeFollowUp(long id, LocalDate day) {
        synchronized (ws) {
            ws.write("follow-up task " + id, () -> {
                close(id, day, 0);
                return null;
            });
        }
    }

    /** Sets a task's done day inside the caller's transaction, audited with the inspection that closed it (if any). */
    private void close(long id, LocalDate day, long inspectionId) throws SQLException {
        String before = MonitoringRows.followUpJson(ws.connection(), id);
        if (before == null) {
            throw new WorkspaceException("There is no follow-up task " + id + " in " + ws.file()
                    + "; reload the list.");
        }
        try (PreparedStatement p = ws.connection().prepareStatement(
                "UPDATE " + FOLLOW_UP + " SET done_on = ? WHERE id = ?")) {
            p.setString(1, day.toString());
            p.setLong(2, id);
            p.executeUpdate();
        }
        ObjectNode after = MonitoringRows.followUpNode(ws.connection(), id);
        if (inspectionId != 0) {
            after.put("closed_by_inspection", inspectionId);
        }
        audit(Action.UPDATE, FOLLOW_UP, id, before, after.toString());
    }

    /** Sets the self-destruct and self-deactivation data of a laid minefield. */
    public void saveSelfDestruct(HazardReference area, SelfDestructSpec sd) {
        synchronized (ws) {
            ws.write("the self-destruct data of " + area, () -> {
                upsertSelfDestruct(ws, area, sd);
                return null;
            });
        }
    }

    /**
     * Writes the self-destruct data of an area inside the caller's transaction, with its audit entry; nothing when
     * the stored data are already these.
     */
    static void upsertSelfDestruct(Workspace ws, HazardReference area, SelfDestructSpec sd) throws SQLException {
        String before = selfDestructJson(ws.connection(), area);
        String after = MAPPER.createObjectNode().put("hazard_ref", area.value())
                .put("laying_completed", UtcTime.format(sd.layingCompleted()))
                .put("self_destruct_s", sd.selfDestruct().toSeconds())
                .put("self_deactivation_s", sd.selfDeactivation().toSeconds()).toString();
        if (after.equals(before)) {
            return;
        }
        try (PreparedStatement p = ws.connection().prepareStatement("INSERT INTO " + SELF_DESTRUCT
                + " (hazard_ref, laying_completed, self_destruct_s, self_deactivation_s) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (hazard_ref) DO UPDATE SET laying_completed = excluded.laying_completed, "
                + "self_destruct_s = excluded.self_destruct_s, "
                + "self_deactivation_s = excluded.self_deactivation_s")) {
            p.setString(1, area.value());
            p.setString(2, UtcTime.format(sd.layingCompleted()));
            p.setLong(3, sd.selfDestruct().toSeconds());
            p.setLong(4, sd.selfDeactivation().toSeconds());
            p.executeUpdate();
        }
        long id;
        try (PreparedStatement p = ws.connection().prepareStatement(
                "SELECT rowid FROM " + SELF_DESTRUCT + " WHERE hazard_ref = ?")) {
            p.setString(1, area.value());
            try (ResultSet r = p.executeQuery()) {
                id = r.getLong(1);
            }
        }
        AuditLog.append(ws.connection(), ws.now(), ws.user(), before == null ? Action.CREATE : Action.UPDATE,
                SELF_DESTRUCT, id, before, after);
    }

    private static String selfDestructJson(Connection c, HazardReference area) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT laying_completed, self_destruct_s, self_deactivation_s"
                + " FROM " + SELF_DESTRUCT + " WHERE hazard_ref = ?")) {
            p.setString(1, area.value());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? MAPPER.createObjectNode().put("hazard_ref", area.value())
                        .put("laying_completed", r.getString(1)).put("self_destruct_s", r.getLong(2))
                        .put("self_deactivation_s", r.getLong(3)).toString() : null;
            }
        }
    }

    /** Everything the scheduler needs, read in one go. */
    public MonitoringRecords records() {
        synchronized (ws) {
            return ws.read(() -> {
                Connection c = ws.connection();
                Map<HazardReference, SelfDestructSpec> sd = new HashMap<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT hazard_ref, "
                        + "laying_completed, self_destruct_s, self_deactivation_s FROM " + SELF_DESTRUCT)) {
                    while (r.next()) {
                        sd.put(new HazardReference(r.getString(1)), new SelfDestructSpec(
                                UtcTime.parse(r.getString(2)), java.time.Duration.ofSeconds(r.getLong(3)),
                                java.time.Duration.ofSeconds(r.getLong(4))));
                    }
                }
                return new MonitoringRecords(MonitoringRows.settings(c), MonitoringRows.inspections(c),
                        MonitoringRows.events(c), MonitoringRows.followUps(c), sd);
            });
        }
    }

    private long insert(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = ws.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    private long rowId(String table, HazardReference area) throws SQLException {
        try (PreparedStatement p = ws.connection().prepareStatement(
                "SELECT rowid FROM " + table + " WHERE hazard_ref = ?")) {
            p.setString(1, area.value());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private void audit(Action action, String entity, long id, String before, String after) throws SQLException {
        Instant now = ws.now();
        AuditLog.append(ws.connection(), now, ws.user(), action, entity, id, before, after);
    }
}
