package org.mineledger.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.clearance.GroundClass;
import org.mineledger.plan.clearance.PlanningDetails;
import org.mineledger.store.AuditEntry.Action;

/**
 * Each hazard's planning details (priority facts, ground class, depth, task-sheet notes); every edit is one
 * transaction with one audit entry on entity {@value #ENTITY}, numbered by the hazard's id.
 */
public final class PlanningDetailsStore {
    static final String ENTITY = "hazard_planning";
    private static final String COLUMNS = "hazard_reference, blocked_access, blocked_note, community_request,"
            + " request_date, request_source, casualties, last_casualty_date, vegetation, soil, depth_cm, access_route,"
            + " safe_lane, medevac_lat, medevac_lon, medevac_as_typed, medevac_description, marking_reference";
    private final Workspace ws;

    public PlanningDetailsStore(Workspace workspace) {
        this.ws = Objects.requireNonNull(workspace, "workspace");
    }

    /** The stored details of every hazard that has any, by reference. */
    public Map<String, PlanningDetails> all() {
        return ws.read(() -> {
            Map<String, PlanningDetails> out = new LinkedHashMap<>();
            try (Statement s = ws.connection().createStatement();
                 ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM ml_hazard_planning ORDER BY hazard_reference")) {
                while (r.next()) {
                    PlanningDetails d = decode(r);
                    out.put(d.reference(), d);
                }
            }
            return out;
        });
    }

    /** The hazard's details; {@link PlanningDetails#none} when nothing is stored. */
    public PlanningDetails of(String reference) {
        return ws.read(() -> {
            try (PreparedStatement p = ws.connection().prepareStatement("SELECT " + COLUMNS
                    + " FROM ml_hazard_planning WHERE hazard_reference = ?")) {
                p.setString(1, reference);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? decode(r) : PlanningDetails.none(reference);
                }
            }
        });
    }

    /**
     * Stores the details of an existing hazard, replacing what was stored, with one audit entry.
     *
     * @throws IllegalArgumentException when the workspace has no hazard of that reference
     */
    public void save(PlanningDetails details) {
        HazardArea hazard = ws.hazard(new HazardReference(details.reference())).orElseThrow(() ->
                new IllegalArgumentException("There is no hazard area " + details.reference() + " in " + ws.file()
                        + "; 'mineledger info' lists the references."));
        PlanningDetails before = of(details.reference());
        boolean existed = exists(details.reference());
        ws.write("planning details of " + details.reference(), () -> {
            Instant now = ws.now();
            try (PreparedStatement p = ws.connection().prepareStatement("INSERT OR REPLACE INTO ml_hazard_planning ("
                    + COLUMNS + ", hazard_id, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(p, details);
                p.setLong(19, hazard.id());
                p.setString(20, UtcTime.format(now));
                p.setString(21, ws.user());
                p.executeUpdate();
            }
            AuditLog.append(ws.connection(), now, ws.user(), existed ? Action.UPDATE : Action.CREATE, ENTITY,
                    hazard.id(), existed ? PlanJson.write(json(before)) : null, PlanJson.write(json(details)));
            return null;
        });
    }

    private boolean exists(String reference) {
        return ws.read(() -> {
            try (PreparedStatement p = ws.connection().prepareStatement(
                    "SELECT count(*) FROM ml_hazard_planning WHERE hazard_reference = ?")) {
                p.setString(1, reference);
                try (ResultSet r = p.executeQuery()) {
                    return r.getInt(1) > 0;
                }
            }
        });
    }

    private static void bind(PreparedStatement p, PlanningDetails d) throws SQLException {
        p.setString(1, d.reference());
        p.setInt(2, d.blockedAccess() ? 1 : 0);
        p.setString(3, d.blockedNote());
        p.setInt(4, d.communityRequest() ? 1 : 0);
        p.setString(5, d.requestDate().map(LocalDate::toString).orElse(null));
        p.setString(6, d.requestSource());
        p.setInt(7, d.casualties());
        p.setString(8, d.lastCasualty().map(LocalDate::toString).orElse(null));
        p.setString(9, d.ground().map(g -> g.vegetation().name()).orElse(null));
        p.setString(10, d.ground().map(g -> g.soil().name()).orElse(null));
        if (d.depthCm().isPresent()) {
            p.setInt(11, d.depthCm().getAsInt());
        } else {
            p.setNull(11, Types.INTEGER);
        }
        p.setString(12, d.accessRoute());
        p.setString(13, d.safeLane());
        if (d.medevac().isPresent()) {
            p.setDouble(14, d.medevac().get().position().lat());
            p.setDouble(15, d.medevac().get().position().lon());
        } else {
            p.setNull(14, Types.REAL);
            p.setNull(15, Types.REAL);
        }
        p.setString(16, d.medevac().map(PlanningDetails.MedevacPoint::asTyped).orElse(""));
        p.setString(17, d.medevac().map(PlanningDetails.MedevacPoint::description).orElse(""));
        p.setString(18, d.markingReference());
    }

    private PlanningDetails decode(ResultSet r) throws SQLException {
        String ref = r.getString(1);
        try {
            Optional<GroundClass> ground = r.getString(9) == null || r.getString(10) == null ? Optional.empty()
                    : Optional.of(new GroundClass(GroundClass.Vegetation.valueOf(r.getString(9)),
                            GroundClass.Soil.valueOf(r.getString(10))));
            int depth = r.getInt(11);
            OptionalInt depthCm = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(depth);
            double lat = r.getDouble(14);
            boolean noLat = r.wasNull();
            double lon = r.getDouble(15);
            Optional<PlanningDetails.MedevacPoint> medevac = noLat || r.wasNull() ? Optional.empty()
                    : Optional.of(new PlanningDetails.MedevacPoint(new GeoPoint(lat, lon), r.getString(16),
                            r.getString(17)));
            return new PlanningDetails(ref, r.getInt(2) != 0, r.getString(3), r.getInt(4) != 0, date(r.getString(5)),
                    r.getString(6), r.getInt(7), date(r.getString(8)), ground, depthCm, r.getString(12),
                    r.getString(13), medevac, r.getString(18));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new WorkspaceException("The planning details of hazard " + ref + " in " + ws.file()
                    + " cannot be read: " + e.getMessage() + ". Run 'mineledger check' on the workspace.", e);
        }
    }

    private static Optional<LocalDate> date(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }

    /** The details as the audit trail records them. */
    static ObjectNode json(PlanningDetails d) {
        ObjectNode n = PlanJson.MAPPER.createObjectNode();
        n.put("hazard", d.reference()).put("blockedAccess", d.blockedAccess()).put("blockedNote", d.blockedNote())
                .put("communityRequest", d.communityRequest())
                .put("requestDate", d.requestDate().map(LocalDate::toString).orElse(null))
                .put("requestSource", d.requestSource()).put("casualties", d.casualties())
                .put("lastCasualty", d.lastCasualty().map(LocalDate::toString).orElse(null))
                .put("ground", d.ground().map(GroundClass::code).orElse(null));
        if (d.depthCm().isPresent()) {
            n.put("depthCm", d.depthCm().getAsInt());
        } else {
            n.putNull("depthCm");
        }
        n.put("accessRoute", d.accessRoute()).put("safeLane", d.safeLane());
        d.medevac().ifPresentOrElse(m -> n.putObject("medevac").put("lat", m.position().lat())
                .put("lon", m.position().lon()).put("asTyped", m.asTyped()).put("description", m.description()),
                () -> n.putNull("medevac"));
        n.put("markingReference", d.markingReference());
        return n;
    }
}
