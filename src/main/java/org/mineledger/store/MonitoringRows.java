package org.mineledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.NorthReference;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.marking.Sign;
import org.mineledger.plan.marking.SignReason;
import org.mineledger.plan.monitoring.EventKind;
import org.mineledger.plan.monitoring.FollowUp;
import org.mineledger.plan.monitoring.InspectionRecord;
import org.mineledger.plan.monitoring.MonitoringEvent;
import org.mineledger.plan.monitoring.MonitoringSettings;

/** The SQL of the V006 monitoring tables, row by row; callers hold the transaction. */
final class MonitoringRows {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MonitoringRows() {
    }

    static void upsertSettings(Connection c, MonitoringSettings s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ml_monitoring_area (hazard_ref, team, "
                + "near_settlement, monitoring_from) VALUES (?, ?, ?, ?) ON CONFLICT (hazard_ref) DO UPDATE SET "
                + "team = excluded.team, near_settlement = excluded.near_settlement, "
                + "monitoring_from = excluded.monitoring_from")) {
            p.setString(1, s.area().value());
            p.setString(2, s.team());
            p.setInt(3, s.nearSettlement() ? 1 : 0);
            p.setString(4, s.monitoringFrom().map(LocalDate::toString).orElse(null));
            p.executeUpdate();
        }
    }

    static String settingsJson(Connection c, HazardReference area) throws SQLException {
        for (MonitoringSettings s : settings(c)) {
            if (s.area().equals(area)) {
                return MAPPER.createObjectNode().put("hazard_ref", area.value()).put("team", s.team())
                        .put("near_settlement", s.nearSettlement())
                        .put("monitoring_from", s.monitoringFrom().map(LocalDate::toString).orElse(null)).toString();
            }
        }
        return null;
    }

    static List<MonitoringSettings> settings(Connection c) throws SQLException {
        List<MonitoringSettings> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT hazard_ref, team, near_settlement, monitoring_from FROM ml_monitoring_area")) {
            while (r.next()) {
                out.add(new MonitoringSettings(new HazardReference(r.getString(1)), r.getString(2), r.getInt(3) == 1,
                        Optional.ofNullable(r.getString(4)).map(LocalDate::parse)));
            }
        }
        return out;
    }

    static long insertInspection(Connection c, InspectionRecord i, String createdAt) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ml_inspection (hazard_ref, inspected_on, "
                + "inspector, team, missing_signs, damaged_signs, fence_breaches, evidence_of_entry, reviews_done, "
                + "notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, i.area().value());
            p.setString(2, i.date().toString());
            p.setString(3, i.inspector());
            p.setString(4, i.team());
            p.setString(5, String.join(",", i.missingSigns()));
            p.setString(6, String.join(",", i.damagedSigns()));
            p.setInt(7, i.fenceBreaches());
            p.setInt(8, i.evidenceOfEntry() ? 1 : 0);
            p.setInt(9, i.reviewsDone() ? 1 : 0);
            p.setString(10, i.notes());
            p.setString(11, createdAt);
            p.executeUpdate();
            return key(p);
        }
    }

    static ObjectNode inspectionNode(InspectionRecord i) {
        ObjectNode n = MAPPER.createObjectNode().put("hazard_ref", i.area().value())
                .put("inspected_on", i.date().toString()).put("inspector", i.inspector()).put("team", i.team())
                .put("missing_signs", String.join(",", i.missingSigns()))
                .put("damaged_signs", String.join(",", i.damagedSigns())).put("fence_breaches", i.fenceBreaches())
                .put("evidence_of_entry", i.evidenceOfEntry()).put("reviews_done", i.reviewsDone())
                .put("notes", i.notes());
        var files = n.putArray("attachments");
        i.attachments().forEach(files::add);
        return n;
    }

    static List<InspectionRecord> inspections(Connection c) throws SQLException {
        List<InspectionRecord> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT i.id, hazard_ref, inspected_on, "
                + "inspector, team, missing_signs, damaged_signs, fence_breaches, evidence_of_entry, reviews_done, "
                + "notes, (SELECT group_concat(file_name, char(31)) FROM ml_inspection_attachment a "
                + "WHERE a.inspection_id = i.id) FROM ml_inspection i ORDER BY inspected_on, i.id")) {
            while (r.next()) {
                String files = r.getString(12);
                out.add(new InspectionRecord(r.getLong(1), new HazardReference(r.getString(2)),
                        LocalDate.parse(r.getString(3)), r.getString(4), r.getString(5), split(r.getString(6)),
                        split(r.getString(7)), r.getInt(8), r.getInt(9) == 1, r.getInt(10) == 1, r.getString(11),
                        files == null ? List.of() : Arrays.asList(files.split("\u001f"))));
            }
        }
        return out;
    }

    static void insertAttachment(Connection c, long inspectionId, InspectionAttachment f) throws SQLException {
        byte[] data = f.data();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ml_inspection_attachment (inspection_id, "
                + "file_name, media_type, sha256, data) VALUES (?, ?, ?, ?, ?)")) {
            p.setLong(1, inspectionId);
            p.setString(2, f.fileName());
            p.setString(3, f.mediaType());
            p.setString(4, sha256(data));
            p.setBytes(5, data);
            p.executeUpdate();
        }
    }

    static List<InspectionAttachment> attachments(Connection c, long inspectionId) throws SQLException {
        List<InspectionAttachment> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT file_name, media_type, data FROM "
                + "ml_inspection_attachment WHERE inspection_id = ? ORDER BY id")) {
            p.setLong(1, inspectionId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new InspectionAttachment(r.getString(1), r.getString(2), r.getBytes(3)));
                }
            }
        }
        return out;
    }

    static long insertFollowUp(Connection c, FollowUp f) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ml_follow_up (inspection_id, hazard_ref, team, "
                + "task, due_on) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            if (f.inspectionId() == 0) {
                p.setNull(1, java.sql.Types.INTEGER); // a task no inspection found, e.g. to make up a missed one
            } else {
                p.setLong(1, f.inspectionId());
            }
            p.setString(2, f.area().value());
            p.setString(3, f.team());
            p.setString(4, f.task());
            p.setString(5, f.due().toString());
            p.executeUpdate();
            return key(p);
        }
    }

    static List<FollowUp> followUps(Connection c) throws SQLException {
        List<FollowUp> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, inspection_id, hazard_ref, "
                + "team, task, due_on, done_on FROM ml_follow_up ORDER BY due_on, id")) {
            while (r.next()) {
                out.add(new FollowUp(r.getLong(1), r.getLong(2), new HazardReference(r.getString(3)),
                        r.getString(4), r.getString(5), LocalDate.parse(r.getString(6)),
                        Optional.ofNullable(r.getString(7)).map(LocalDate::parse)));
            }
        }
        return out;
    }

    static String followUpJson(Connection c, long id) throws SQLException {
        ObjectNode node = followUpNode(c, id);
        return node == null ? null : node.toString();
    }

    /** A follow-up task as its audit entries show it, or null when there is none with this id. */
    static ObjectNode followUpNode(Connection c, long id) throws SQLException {
        for (FollowUp f : followUps(c)) {
            if (f.id() == id) {
                return MAPPER.createObjectNode().put("hazard_ref", f.area().value()).put("task", f.task())
                        .put("due_on", f.due().toString())
                        .put("done_on", f.done().map(LocalDate::toString).orElse(null));
            }
        }
        return null;
    }

    static List<MonitoringEvent> events(Connection c) throws SQLException {
        List<MonitoringEvent> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, hazard_ref, kind, occurred_on, note FROM ml_monitoring_event ORDER BY occurred_on, id")) {
            while (r.next()) {
                out.add(new MonitoringEvent(r.getLong(1), new HazardReference(r.getString(2)),
                        EventKind.valueOf(r.getString(3)), LocalDate.parse(r.getString(4)), r.getString(5)));
            }
        }
        return out;
    }

    static List<Sign> latestSigns(Connection c, HazardReference area) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT plan_json FROM ml_marking_plan WHERE hazard_ref = ? ORDER BY id DESC LIMIT 1")) {
            p.setString(1, area.value());
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return List.of();
                }
                List<Sign> out = new ArrayList<>();
                for (JsonNode n : MAPPER.readTree(r.getString(1)).path("signs")) {
                    out.add(new Sign(n.get("number").asText(), new GeoPoint(n.get("lat").asDouble(),
                            n.get("lon").asDouble()), Bearing.wrapped(n.get("facing_deg_true").asDouble(),
                            AngleUnit.DEGREES, NorthReference.TRUE), SignReason.valueOf(n.get("reason").asText()),
                            Distance.ofMetres(n.get("chainage_m").asDouble())));
                }
                return out;
            } catch (JsonProcessingException e) {
                throw new SQLException("the stored marking plan of " + area + " is not valid JSON", e);
            }
        }
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private static long key(PreparedStatement p) throws SQLException {
        try (ResultSet k = p.getGeneratedKeys()) {
            k.next();
            return k.getLong(1);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
