package org.mineledger.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mineledger.plan.clearance.AssetCatalogue;
import org.mineledger.plan.clearance.AssetType;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.store.AuditEntry.Action;

/**
 * The asset catalogue and saved clearance plans of a workspace; every change is one transaction with its audit
 * entry. Until the programme edits an asset type, the catalogue is MineLedger's defaults.
 */
public final class PlanStore {
    static final String PLAN_ENTITY = "plan";
    static final String ASSET_ENTITY = "asset_type";
    private final Workspace ws;

    /** A saved plan as listed: what it is without its schedule. */
    public record PlanSummary(long id, String name, Instant createdAt, String createdBy, String start, String end,
            double costUsd, double areaM2) {
    }

    public PlanStore(Workspace workspace) {
        this.ws = Objects.requireNonNull(workspace, "workspace");
    }

    /** The defaults with every stored (edited) asset type in place of its default, in default order. */
    public AssetCatalogue catalogue() {
        return ws.read(() -> {
            AssetCatalogue c = AssetCatalogue.defaults();
            try (Statement s = ws.connection().createStatement();
                 ResultSet r = s.executeQuery("SELECT code, kind, name, team_size, daily_cost_usd, productivity_json,"
                         + " source, is_default FROM ml_asset_type ORDER BY id")) {
                while (r.next()) {
                    c = c.with(new AssetType(r.getString(1), org.mineledger.plan.clearance.AssetKind.valueOf(
                            r.getString(2)), r.getString(3), r.getInt(4), r.getDouble(5),
                            PlanJson.productivity(PlanJson.parse(r.getString(6), "Asset type " + r.getString(1))),
                            r.getString(7), r.getInt(8) != 0));
                }
            }
            return c;
        });
    }

    /** Stores a new or changed asset type (replacing the default of the same code). */
    public void saveAssetType(AssetType type) {
        AssetCatalogue before = catalogue();
        Optional<AssetType> old = before.find(type.code());
        ws.write("asset type " + type.code(), () -> {
            Instant now = ws.now();
            try (PreparedStatement p = ws.connection().prepareStatement("INSERT INTO ml_asset_type (code, kind, name,"
                    + " team_size, daily_cost_usd, productivity_json, source, is_default, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET kind = excluded.kind,"
                    + " name = excluded.name, team_size = excluded.team_size, daily_cost_usd = excluded.daily_cost_usd,"
                    + " productivity_json = excluded.productivity_json, source = excluded.source,"
                    + " is_default = excluded.is_default, updated_at = excluded.updated_at")) {
                p.setString(1, type.code());
                p.setString(2, type.kind().name());
                p.setString(3, type.name());
                p.setInt(4, type.teamSize());
                p.setDouble(5, type.dailyCostUsd());
                p.setString(6, PlanJson.write(PlanJson.productivity(type)));
                p.setString(7, type.source());
                p.setInt(8, type.isDefault() ? 1 : 0);
                p.setString(9, UtcTime.format(now));
                p.executeUpdate();
            }
            long id = idOf(type.code());
            AuditLog.append(ws.connection(), now, ws.user(), old.isPresent() ? Action.UPDATE : Action.CREATE,
                    ASSET_ENTITY, id, old.map(a -> PlanJson.write(PlanJson.asset(a))).orElse(null),
                    PlanJson.write(PlanJson.asset(type)));
            return null;
        });
    }

    private long idOf(String code) throws SQLException {
        try (PreparedStatement p = ws.connection().prepareStatement("SELECT id FROM ml_asset_type WHERE code = ?")) {
            p.setString(1, code);
            try (ResultSet r = p.executeQuery()) {
                return r.getLong(1);
            }
        }
    }

    /**
     * Saves a plan with how it was made ({@code settings}: country, teams, setup days, ...) and returns its id.
     */
    public long save(Plan plan, Map<String, String> settings) {
        ObjectNode settingsNode = PlanJson.MAPPER.createObjectNode();
        settings.forEach(settingsNode::put);
        String planJson = PlanJson.write(PlanJson.plan(plan));
        return ws.write("plan " + plan.name(), () -> {
            Instant now = ws.now();
            long id;
            try (PreparedStatement p = ws.connection().prepareStatement("INSERT INTO ml_plan (name, created_at,"
                    + " created_by, start_date, end_date, cost_usd, area_m2, settings_json, plan_json)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, plan.name());
                p.setString(2, UtcTime.format(now));
                p.setString(3, ws.user());
                p.setString(4, plan.start().toString());
                p.setString(5, plan.end().toString());
                p.setDouble(6, plan.costUsd());
                p.setDouble(7, plan.areaM2());
                p.setString(8, PlanJson.write(settingsNode));
                p.setString(9, planJson);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    id = keys.getLong(1);
                }
            }
            ObjectNode audit = PlanJson.MAPPER.createObjectNode();
            audit.set("settings", settingsNode);
            audit.set("plan", PlanJson.parse(planJson, "Plan"));
            AuditLog.append(ws.connection(), now, ws.user(), Action.CREATE, PLAN_ENTITY, id, null,
                    PlanJson.write(audit));
            return id;
        });
    }

    /** The plan as the JSON MineLedger stores it (tasks, teams, dates, costs, the figures used). */
    public static String toJson(Plan plan) {
        return PlanJson.write(PlanJson.plan(plan));
    }

    public List<PlanSummary> plans() {
        return ws.read(() -> {
            List<PlanSummary> out = new ArrayList<>();
            try (Statement s = ws.connection().createStatement();
                 ResultSet r = s.executeQuery("SELECT id, name, created_at, created_by, start_date, end_date, cost_usd,"
                         + " area_m2 FROM ml_plan ORDER BY id")) {
                while (r.next()) {
                    out.add(new PlanSummary(r.getLong(1), r.getString(2), UtcTime.parse(r.getString(3)),
                            r.getString(4), r.getString(5), r.getString(6), r.getDouble(7), r.getDouble(8)));
                }
            }
            return List.copyOf(out);
        });
    }

    public Optional<Plan> plan(long id) {
        return ws.read(() -> {
            try (PreparedStatement p = ws.connection().prepareStatement("SELECT plan_json FROM ml_plan WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    JsonNode root = PlanJson.parse(r.getString(1), "Plan " + id);
                    try {
                        return Optional.of(PlanJson.plan(root));
                    } catch (RuntimeException e) {
                        throw new WorkspaceException("Plan " + id + " in " + ws.file() + " cannot be read: "
                                + e.getMessage() + ". Run 'mineledger check' on the workspace.", e);
                    }
                }
            }
        });
    }
}
