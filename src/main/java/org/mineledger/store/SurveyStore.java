package org.mineledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.WKBWriter;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.HazardArea;
import org.mineledger.model.PastDay;
import org.mineledger.model.survey.AreaAccounting;
import org.mineledger.model.survey.FindPlacement;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.model.survey.SurveyActivity;
import org.mineledger.model.survey.SurveyType;
import org.mineledger.store.AuditEntry.Action;

/**
 * Survey activity, explosive ordnance finds and land release of the hazard areas in a workspace. A release
 * is stored only when the area accounting of its hazard area still holds with it (inside the area, not
 * released twice). Every change is one transaction with its audit entry.
 */
public final class SurveyStore {
    static final String SURVEY = "survey_activity";
    static final String FIND = "ordnance_find";
    static final String RELEASE = "land_release";

    private final Workspace ws;

    public SurveyStore(Workspace workspace) {
        this.ws = workspace;
    }

    public long addSurvey(long hazardId, SurveyActivity a) {
        return insert("a survey of hazard area id " + hazardId, hazardId, SURVEY, c -> insertSurvey(c, hazardId, a),
                id -> SurveyJson.activity(id, hazardId, a));
    }

    private long insertSurvey(Connection c, long hazardId, SurveyActivity a) throws SQLException {
        PastDay.require(a.date(), today(), "The survey date");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ml_survey_activity (hazard_fid, type, "
                + "survey_date, team, method, evidence, informants_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, hazardId);
            p.setString(2, a.type().name());
            p.setString(3, a.date().toString());
            p.setString(4, a.team());
            p.setString(5, a.method());
            p.setString(6, a.evidence());
            p.setString(7, SurveyJson.informants(a));
            p.setString(8, UtcTime.format(ws.now()));
            return key(p);
        }
    }

    public long addFind(long hazardId, OrdnanceFind f) {
        return insert("an ordnance find in hazard area id " + hazardId, hazardId, FIND, c -> insertFind(c, hazardId, f),
                id -> SurveyJson.find(id, hazardId, f));
    }

    private long insertFind(Connection c, long hazardId, OrdnanceFind f) throws SQLException {
        FindPlacement.check(hazard(hazardId), f);
        PastDay.require(f.date(), today(), "The find date");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ml_ordnance_find (hazard_fid, lat, lon, "
                + "find_date, type_model, fuze_state, depth_cm, action_taken, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, hazardId);
            p.setDouble(2, f.position().lat());
            p.setDouble(3, f.position().lon());
            p.setString(4, f.date().toString());
            p.setString(5, f.typeModel());
            p.setString(6, f.fuzeState());
            p.setInt(7, f.depthCm());
            p.setString(8, f.actionTaken());
            p.setString(9, UtcTime.format(ws.now()));
            return key(p);
        }
    }

    /** Stores a release; refused with the square metres at fault when it leaves the hazard area or repeats one. */
    public long addRelease(long hazardId, LandReleaseEvent e) {
        return insert("a land release in hazard area id " + hazardId, hazardId, RELEASE, c -> {
            List<LandReleaseEvent> all = new ArrayList<>(LandReleaseRows.of(c, hazardId));
            all.add(e);
            HazardArea h = hazard(hazardId);
            new AreaAccounting(h.reference().value(), h.polygon(), all);
            return insertRelease(c, hazardId, e);
        }, id -> SurveyJson.release(id, hazardId, e));
    }

    private long insertRelease(Connection c, long hazardId, LandReleaseEvent e) throws SQLException {
        PastDay.require(e.date(), today(), "The land release date");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ml_land_release (hazard_fid, kind, method, "
                + "release_date, polygon_wkb, area_m2, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, hazardId);
            p.setString(2, e.kind().name());
            p.setString(3, e.method());
            p.setString(4, e.date().toString());
            p.setBytes(5, new WKBWriter().write(e.polygon()));
            p.setDouble(6, e.areaM2());
            p.setString(7, UtcTime.format(ws.now()));
            return key(p);
        }
    }

    /**
     * Stores everything in a survey file for one hazard area as one transaction: all of it, or nothing when
     * any record is refused (a release outside the area, for example).
     */
    public void addAll(long hazardId, SurveyFile file) {
        synchronized (ws) {
            HazardArea h = hazard(hazardId);
            ws.write("the survey file of " + h.reference(), () -> {
                Connection c = ws.connection();
                List<LandReleaseEvent> all = new ArrayList<>(LandReleaseRows.of(c, hazardId));
                all.addAll(file.releases());
                new AreaAccounting(h.reference().value(), h.polygon(), all);
                for (SurveyActivity a : file.surveys()) {
                    long id = insertSurvey(c, hazardId, a);
                    AuditLog.append(c, ws.now(), ws.user(), Action.CREATE, SURVEY, id, null,
                            SurveyJson.activity(id, hazardId, a));
                }
                for (OrdnanceFind f : file.finds()) {
                    long id = insertFind(c, hazardId, f);
                    AuditLog.append(c, ws.now(), ws.user(), Action.CREATE, FIND, id, null,
                            SurveyJson.find(id, hazardId, f));
                }
                for (LandReleaseEvent e : file.releases()) {
                    long id = insertRelease(c, hazardId, e);
                    AuditLog.append(c, ws.now(), ws.user(), Action.CREATE, RELEASE, id, null,
                            SurveyJson.release(id, hazardId, e));
                }
                return null;
            });
        }
    }

    public List<SurveyActivity> surveys(long hazardId) {
        synchronized (ws) {
            return ws.read(() -> {
                List<SurveyActivity> out = new ArrayList<>();
                try (PreparedStatement p = ws.connection().prepareStatement("SELECT type, survey_date, team, method, "
                        + "evidence, informants_json FROM ml_survey_activity WHERE hazard_fid = ? ORDER BY id")) {
                    p.setLong(1, hazardId);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            out.add(new SurveyActivity(SurveyType.valueOf(r.getString(1)),
                                    LocalDate.parse(r.getString(2)), r.getString(3), r.getString(4), r.getString(5),
                                    SurveyJson.readInformants(r.getString(6))));
                        }
                    }
                }
                return out;
            });
        }
    }

    public List<OrdnanceFind> finds(long hazardId) {
        synchronized (ws) {
            return ws.read(() -> {
                List<OrdnanceFind> out = new ArrayList<>();
                try (PreparedStatement p = ws.connection().prepareStatement("SELECT lat, lon, find_date, type_model, "
                        + "fuze_state, depth_cm, action_taken FROM ml_ordnance_find WHERE hazard_fid = ? ORDER BY id")) {
                    p.setLong(1, hazardId);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            out.add(new OrdnanceFind(new GeoPoint(r.getDouble(1), r.getDouble(2)),
                                    LocalDate.parse(r.getString(3)), r.getString(4), r.getString(5), r.getInt(6),
                                    r.getString(7)));
                        }
                    }
                }
                return out;
            });
        }
    }

    /** The releases of one hazard area in the order they were recorded. */
    public List<LandReleaseEvent> releases(long hazardId) {
        synchronized (ws) {
            return ws.read(() -> LandReleaseRows.of(ws.connection(), hazardId));
        }
    }

    /** The releases of the given hazard areas, each in the order recorded; a hazard with none has no entry. */
    public Map<Long, List<LandReleaseEvent>> releases(Collection<Long> hazardIds) {
        synchronized (ws) {
            return ws.read(() -> LandReleaseRows.of(ws.connection(), hazardIds));
        }
    }

    /** Original = cancelled + reduced + cleared + remaining for one hazard area, in geodesic m². */
    public AreaAccounting accounting(long hazardId) {
        synchronized (ws) {
            HazardArea h = hazard(hazardId);
            return new AreaAccounting(h.reference().value(), h.polygon(), releases(hazardId));
        }
    }

    /** The audit entries of the survey visits, finds and releases of one hazard area, oldest first. */
    public List<AuditEntry> history(long hazardId) {
        synchronized (ws) {
            return ws.read(() -> AuditLog.recordsOf(ws.connection(), hazardId, List.of(SURVEY, FIND, RELEASE)));
        }
    }

    // ------------------------------------------------------------------------------------------------

    private interface Insert {
        long run(Connection c) throws SQLException;
    }

    private interface Json {
        String of(long id);
    }

    private long insert(String what, long hazardId, String entity, Insert insert, Json json) {
        synchronized (ws) {
            hazard(hazardId);
            return ws.write(what, () -> {
                long id = insert.run(ws.connection());
                AuditLog.append(ws.connection(), ws.now(), ws.user(), Action.CREATE, entity, id, null, json.of(id));
                return id;
            });
        }
    }

    /**
     * The latest day it is now, in UTC or in this computer's time zone: no record may be dated later. The record
     * forms of the window date a record in local time and the command line in UTC; either's today is accepted.
     */
    private LocalDate today() {
        return PastDay.today(ws.now());
    }

    private HazardArea hazard(long hazardId) {
        return ws.hazard(hazardId).orElseThrow(() -> new WorkspaceException("There is no hazard area with id "
                + hazardId + " in " + ws.file() + "; it may have been deleted. Reload the list."));
    }

    private static long key(PreparedStatement p) throws SQLException {
        p.executeUpdate();
        try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
