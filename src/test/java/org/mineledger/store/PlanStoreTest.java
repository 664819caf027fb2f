package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.plan.calendar.Country;
import org.mineledger.plan.calendar.NoWorkSeason;
import org.mineledger.plan.calendar.WorkCalendar;
import org.mineledger.plan.clearance.AssetCatalogue;
import org.mineledger.plan.clearance.AssetKind;
import org.mineledger.plan.clearance.AssetType;
import org.mineledger.plan.clearance.ClearanceTask;
import org.mineledger.plan.clearance.GroundClass;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.clearance.Scheduler;
import org.mineledger.plan.clearance.Team;

class PlanStoreTest {
    @TempDir
    Path dir;

    @Test
    void editedAssetTypeReplacesTheDefaultAndIsAudited() {
        Path file = dir.resolve("ws.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            PlanStore store = new PlanStore(ws);
            AssetType manual = store.catalogue().require("manual");
            assertThat(manual.isDefault()).isTrue();
            store.saveAssetType(manual.withFigures(12, 2_400, manual.productivity(), "Programme records 2025"));
        }
        try (Workspace ws = Workspace.open(file)) {
            AssetType manual = new PlanStore(ws).catalogue().require("manual");
            assertThat(manual.teamSize()).isEqualTo(12);
            assertThat(manual.dailyCostUsd()).isEqualTo(2_400);
            assertThat(manual.source()).isEqualTo("Programme records 2025");
            assertThat(manual.isDefault()).isFalse();
            assertThat(ws.auditTrail()).anySatisfy(e -> {
                assertThat(e.entity()).isEqualTo("asset_type");
                // the default it replaces is kept as the "before" of the change
                assertThat(e.action()).isEqualTo(AuditEntry.Action.UPDATE);
                assertThat(e.beforeJson()).contains("DEFAULT");
                assertThat(e.afterJson()).contains("Programme records 2025");
            });
            assertThat(ws.check().ok()).isTrue();
        }
    }

    @Test
    void savedPlanReadsBackUnchangedWithItsAuditEntry() {
        Path file = dir.resolve("ws.gpkg");
        LocalDate start = LocalDate.parse("2026-05-04");
        WorkCalendar cal = WorkCalendar.standard(Country.LV, 56.9)
                .withSeasons(List.of(new NoWorkSeason(MonthDay.of(12, 1), MonthDay.of(3, 15), "frozen ground")));
        GroundClass g = GroundClass.parse("dense/rocky");
        List<ClearanceTask> tasks = List.of(
                new ClearanceTask("T-001", "HA-0001", "clearance", 3_000, g, AssetKind.MANUAL, 13, 1,
                        Optional.empty(), Optional.empty()),
                new ClearanceTask("T-002", "HA-0002", "survey", 8_000, g, AssetKind.MDD, 13, 2,
                        Optional.of(LocalDate.parse("2026-06-01")), Optional.empty()),
                new ClearanceTask("T-003", "HA-0003", "clearance", 5_000, g, AssetKind.MECHANICAL, 20, 3,
                        Optional.empty(), Optional.of("T-001")));
        Plan plan = new Scheduler(cal, 2).schedule("Spring 2026", start, tasks,
                Team.parse("manual=2,mdd=1", AssetCatalogue.defaults(), start));
        long id;
        try (Workspace ws = Workspace.create(file)) {
            id = new PlanStore(ws).save(plan, Map.of("country", "LV", "teams", "manual=2,mdd=1"));
        }
        try (Workspace ws = Workspace.open(file)) {
            PlanStore store = new PlanStore(ws);
            assertThat(store.plan(id)).contains(plan);
            assertThat(store.plans()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("Spring 2026");
                assertThat(s.end()).isEqualTo(plan.end().toString());
                assertThat(s.costUsd()).isEqualTo(plan.costUsd());
            });
            assertThat(ws.auditTrail()).anySatisfy(e -> {
                assertThat(e.entity()).isEqualTo("plan");
                assertThat(e.entityId()).isEqualTo(id);
                assertThat(e.afterJson()).contains("manual=2,mdd=1", "T-003");
            });
            assertThat(plan.unscheduled()).singleElement()
                    .satisfies(u -> assertThat(u.task().id()).isEqualTo("T-003"));
        }
    }
}
