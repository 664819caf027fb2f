package org.mineledger.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKTWriter;
import org.mineledger.model.HazardReference;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.AuditEntry.Action;

/**
 * The {@code survey_evidence} feature layer (points and lines): imported all at once in one transaction with
 * one audit entry per feature naming its source file and feature id, or not at all; a wrongly imported feature is
 * deleted with one audit entry keeping what it was.
 */
public final class SurveyEvidenceStore {
    static final String ENTITY = "survey_evidence";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String COLUMNS = "fid, geom, name, time, elevation, source_file, source_feature, "
            + "hazard_ref, notes";
    private final Workspace ws;

    public SurveyEvidenceStore(Workspace workspace) {
        this.ws = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * Stores {@code drafts} (id 0); {@code progress} gets the count stored so far and may throw
     * {@link CancellationException}, after which nothing is stored.
     */
    public List<SurveyEvidence> importAll(List<SurveyEvidence> drafts, IntConsumer progress) {
        synchronized (ws) {
            return ws.write(drafts.size() + " imported survey evidence feature(s)", () -> {
                Connection c = ws.connection();
                Instant now = ws.now();
                List<SurveyEvidence> out = new ArrayList<>();
                Envelope extent = new Envelope();
                try (PreparedStatement p = c.prepareStatement("INSERT INTO survey_evidence (geom, name, time, "
                        + "elevation, source_file, source_feature, hazard_ref, notes, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (SurveyEvidence e : drafts) {
                        if (Thread.currentThread().isInterrupted()) {
                            throw new CancellationException("Import cancelled; nothing was stored.");
                        }
                        if (e.id() != 0) {
                            throw new IllegalArgumentException("Evidence " + e.sourceFeature() + " is already stored.");
                        }
                        bind(p, e, now);
                        p.executeUpdate();
                        long fid;
                        try (Statement s = c.createStatement();
                             ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
                            fid = r.getLong(1);
                        }
                        SurveyEvidence stored = e.withId(fid);
                        AuditLog.append(c, now, ws.user(), Action.CREATE, ENTITY, fid, null, json(stored));
                        extent.expandToInclude(e.geometry().getEnvelopeInternal());
                        out.add(stored);
                        progress.accept(out.size());
                    }
                }
                if (!extent.isNull()) {
                    HazardAreaTable.extendContents(c, ENTITY, extent, now);
                }
                return List.copyOf(out);
            });
        }
    }

    /**
     * Deletes the evidence feature {@code fid} (wrongly imported, say), in one transaction with one audit entry that
     * keeps what it was; returns what was deleted.
     *
     * @throws WorkspaceException when there is no such feature (someone deleted it meanwhile)
     */
    public SurveyEvidence delete(long fid) {
        synchronized (ws) {
            return ws.write("the deletion of survey evidence feature " + fid, () -> {
                Connection c = ws.connection();
                SurveyEvidence before = byId(c, fid);
                try (PreparedStatement p = c.prepareStatement("DELETE FROM survey_evidence WHERE fid = ?")) {
                    p.setLong(1, fid);
                    p.executeUpdate();
                }
                AuditLog.append(c, ws.now(), ws.user(), Action.DELETE, ENTITY, fid, json(before), null);
                return before;
            });
        }
    }

    /** Every stored evidence feature in the order imported. */
    public List<SurveyEvidence> all() {
        synchronized (ws) {
            return ws.read(() -> {
                List<SurveyEvidence> out = new ArrayList<>();
                try (Statement s = ws.connection().createStatement();
                     ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM survey_evidence ORDER BY fid")) {
                    while (r.next()) {
                        out.add(row(r));
                    }
                }
                return out;
            });
        }
    }

    private SurveyEvidence byId(Connection c, long fid) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM survey_evidence WHERE fid = ?")) {
            p.setLong(1, fid);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new WorkspaceException("There is no survey evidence feature " + fid + " in "
                            + ws.file().getFileName() + "; it may have been deleted already. List the evidence "
                            + "again ('mineledger evidence WORKSPACE').");
                }
                return row(r);
            }
        }
    }

    /** The evidence in the current row of a query of {@link #COLUMNS}. */
    static SurveyEvidence row(ResultSet r) throws SQLException {
        double ele = r.getDouble(5);
        Double elevation = r.wasNull() ? null : ele;
        String time = r.getString(4);
        String hazard = r.getString(8);
        return new SurveyEvidence(r.getLong(1), GeoPackageGeometry.decode(r.getBytes(2)), r.getString(3),
                time == null ? null : UtcTime.parse(time), elevation, r.getString(6), r.getString(7),
                hazard == null ? null : new HazardReference(hazard), r.getString(9));
    }

    private static void bind(PreparedStatement p, SurveyEvidence e, Instant now) throws SQLException {
        p.setBytes(1, GeoPackageGeometry.encode(e.geometry()));
        p.setString(2, e.name());
        p.setString(3, e.time() == null ? null : UtcTime.format(e.time()));
        if (e.elevationM() == null) {
            p.setNull(4, Types.REAL);
        } else {
            p.setDouble(4, e.elevationM());
        }
        p.setString(5, e.sourceFile());
        p.setString(6, e.sourceFeature());
        p.setString(7, e.hazard() == null ? null : e.hazard().value());
        p.setString(8, e.notes());
        p.setString(9, UtcTime.format(now));
    }

    /** The evidence as the audit trail keeps it; {@code check} compares it with the stored row. */
    static String json(SurveyEvidence e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("fid", e.id());
        o.put("kind", e.isPoint() ? "point" : "line");
        o.put("name", e.name());
        o.put("time", e.time() == null ? null : UtcTime.format(e.time()));
        if (e.elevationM() != null) {
            o.put("elevation_m", e.elevationM());
        }
        o.put("hazard_ref", e.hazard() == null ? null : e.hazard().value());
        o.put("notes", e.notes());
        o.put("geometry", new WKTWriter(2).write(e.geometry()));
        ObjectNode source = o.putObject("source");
        source.put("file", e.sourceFile());
        source.put("feature", e.sourceFeature());
        return o.toString();
    }
}
