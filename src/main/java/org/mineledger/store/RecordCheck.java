package org.mineledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.HazardArea;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.model.survey.AreaAccounting;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.model.survey.SurveyActivity;
import org.mineledger.model.survey.SurveyType;
import org.mineledger.store.AuditEntry.Action;

/**
 * The part of the workspace check that covers records: every laid-minefield revision, survey visit, ordnance
 * find, land release and survey evidence feature equals its last audited state (a deleted one is absent), and the
 * area accounting of every hazard area with land released balances to 1 m².
 */
final class RecordCheck {
    private final Connection c;
    private final List<String> problems = new ArrayList<>();
    private final List<String> accountingLines = new ArrayList<>();
    private final Map<Long, List<LandReleaseEvent>> releasesByHazard = new java.util.TreeMap<>();

    RecordCheck(Connection connection) {
        this.c = connection;
    }

    List<String> run() throws SQLException {
        if (!tableExists("ml_laid_minefield")) {
            return problems;
        }
        Map<Long, AuditEntry> laid = latest(LaidMinefieldTable.ENTITY);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM ml_laid_minefield")) {
            List<Long> ids = new ArrayList<>();
            while (r.next()) {
                ids.add(r.getLong(1));
            }
            for (long id : ids) {
                compare("Minefield record id " + id, laid.remove(id), () -> LaidMinefieldTable.json(
                        LaidMinefieldTable.byId(c, id).orElseThrow()));
            }
        }
        missing("Minefield record", laid);
        table("Survey visit", SurveyStore.SURVEY, "SELECT id, hazard_fid, type, survey_date, team, method, "
                + "evidence, informants_json FROM ml_survey_activity ORDER BY id",
                r -> "Survey visit id " + r.getLong(1) + " of " + hazardName(r.getLong(2)) + " (" + r.getString(4)
                        + ", team " + r.getString(5) + ")",
                r -> SurveyJson.activity(r.getLong(1), r.getLong(2), new SurveyActivity(SurveyType.valueOf(
                        r.getString(3)), LocalDate.parse(r.getString(4)), r.getString(5), r.getString(6),
                        r.getString(7), SurveyJson.readInformants(r.getString(8)))));
        table("Ordnance find", SurveyStore.FIND, "SELECT id, hazard_fid, lat, lon, find_date, type_model, "
                + "fuze_state, depth_cm, action_taken FROM ml_ordnance_find ORDER BY id",
                r -> "Ordnance find id " + r.getLong(1) + " of " + hazardName(r.getLong(2)) + " (" + r.getString(5)
                        + ", " + r.getString(6) + ")",
                r -> SurveyJson.find(r.getLong(1), r.getLong(2), new OrdnanceFind(new GeoPoint(r.getDouble(3),
                        r.getDouble(4)), LocalDate.parse(r.getString(5)), r.getString(6), r.getString(7), r.getInt(8),
                        r.getString(9))));
        table("Land release", SurveyStore.RELEASE, "SELECT id, hazard_fid, kind, polygon_wkb, method, release_date "
                + "FROM ml_land_release ORDER BY id",
                r -> "Land release id " + r.getLong(1) + " of " + hazardName(r.getLong(2)), this::release);
        if (tableExists(SurveyEvidenceStore.ENTITY)) {
            table("Survey evidence feature", SurveyEvidenceStore.ENTITY, "SELECT " + SurveyEvidenceStore.COLUMNS
                    + " FROM survey_evidence ORDER BY fid", r -> "Survey evidence feature " + r.getLong(1) + " ("
                    + r.getString(6) + ", " + r.getString(7) + ")",
                    r -> SurveyEvidenceStore.json(SurveyEvidenceStore.row(r)));
        }
        for (Map.Entry<Long, List<LandReleaseEvent>> e : releasesByHazard.entrySet()) {
            accounting(e.getKey(), e.getValue());
        }
        return problems;
    }

    /** One line per hazard area with land released: original = cancelled + reduced + cleared + remaining. */
    List<String> accountingLines() {
        return List.copyOf(accountingLines);
    }

    private interface Read {
        String from(ResultSet r) throws SQLException;
    }

    /**
     * Compares every row of a table with its last audit entry. The first column of {@code sql} is the row id;
     * {@code json} gives the row as the audit trail holds it and may fail on a row it cannot read.
     */
    private void table(String kind, String entity, String sql, Read name, Read json) throws SQLException {
        Map<Long, AuditEntry> audited = latest(entity);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String n = name.from(r);
                AuditEntry last = audited.remove(r.getLong(1));
                String now;
                try {
                    now = json.from(r);
                } catch (RuntimeException e) {
                    problems.add(n + " cannot be read: " + e.getMessage());
                    continue;
                }
                compare(n, last, () -> now);
            }
        }
        missing(kind, audited);
    }

    /** A release row as audited; its event is kept for the accounting of its hazard area. */
    private String release(ResultSet r) throws SQLException {
        Polygon p;
        try {
            p = (Polygon) new WKBReader().read(r.getBytes(4));
        } catch (ParseException | ClassCastException e) {
            throw new IllegalArgumentException("its polygon is not a readable WKB polygon", e);
        }
        p.setSRID(4326);
        LandReleaseEvent e = new LandReleaseEvent(ReleaseKind.valueOf(r.getString(3)), p, r.getString(5),
                LocalDate.parse(r.getString(6)));
        releasesByHazard.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(e);
        return SurveyJson.release(r.getLong(1), r.getLong(2), e);
    }

    private String hazardName(long hazardId) throws SQLException {
        var row = HazardAreaTable.byId(c, hazardId);
        try {
            return row.isEmpty() ? "missing hazard area id " + hazardId : "hazard area "
                    + row.get().toHazardArea().reference();
        } catch (IllegalArgumentException e) {
            return "hazard area id " + hazardId;
        }
    }

    private void accounting(long hazardId, List<LandReleaseEvent> events) throws SQLException {
        var row = HazardAreaTable.byId(c, hazardId);
        if (row.isEmpty()) {
            problems.add(events.size() + " land release(s) belong to hazard area id " + hazardId + ", which is "
                    + "missing.");
            return;
        }
        try {
            HazardArea h = row.get().toHazardArea();
            AreaAccounting a = new AreaAccounting(h.reference().value(), h.polygon(), events);
            accountingLines.add(h.reference() + ": " + a.summary());
            if (!a.balances()) {
                problems.add("The area accounting of " + h.reference() + " does not balance: " + a.summary() + ".");
            }
        } catch (IllegalArgumentException e) {
            problems.add("The land releases of hazard area id " + hazardId + " cannot be accounted for: "
                    + e.getMessage());
        }
    }

    private interface Json {
        String get() throws SQLException;
    }

    private void compare(String name, AuditEntry last, Json stored) throws SQLException {
        if (last == null) {
            problems.add(name + " has no entry in the audit trail: it was added outside MineLedger.");
            return;
        }
        String now;
        try {
            now = stored.get();
        } catch (RuntimeException e) {
            problems.add(name + " cannot be read: " + e.getMessage());
            return;
        }
        if (last.action() == Action.DELETE) {
            problems.add(name + " is present although audit entry " + last.seq() + " records its deletion.");
        } else if (!HazardJson.sameContent(last.afterJson(), now)) {
            problems.add(name + " differs from its last recorded state (audit entry " + last.seq() + "): it was "
                    + "changed outside MineLedger.");
        }
    }

    private void missing(String kind, Map<Long, AuditEntry> left) {
        for (AuditEntry e : left.values()) {
            if (e.action() != Action.DELETE) {
                problems.add(kind + " id " + e.entityId() + " is missing although the audit trail has no deletion "
                        + "for it (last entry " + e.seq() + "): it was removed outside MineLedger.");
            }
        }
    }

    private Map<Long, AuditEntry> latest(String entity) throws SQLException {
        Map<Long, AuditEntry> out = new HashMap<>();
        for (AuditEntry e : AuditLog.all(c)) {
            if (entity.equals(e.entity())) {
                out.put(e.entityId(), e);
            }
        }
        return out;
    }

    private boolean tableExists(String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.getInt(1) == 1;
            }
        }
    }
}
