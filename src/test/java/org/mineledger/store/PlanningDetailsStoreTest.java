package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.plan.clearance.GroundClass;
import org.mineledger.plan.clearance.PlanningDetails;

class PlanningDetailsStoreTest {
    @TempDir
    Path dir;

    private static HazardArea area(int n) {
        double lon = 27.1 + n * 0.01;
        var p = new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(lon, 58.0),
            new Coordinate(lon + 0.001, 58.0), new Coordinate(lon + 0.001, 58.001), new Coordinate(lon, 58.001),
            new Coordinate(lon, 58.0)});
        return HazardArea.draft(HazardReference.numbered(n), "Area " + n, HazardKind.CONFIRMED, HazardStatus.ACTIVE, p,
                "", java.time.Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static PlanningDetails full(String ref) {
        return new PlanningDetails(ref, true, "road to the school", true, Optional.of(LocalDate.parse("2026-03-01")),
                "village council", 2, Optional.of(LocalDate.parse("2026-02-10")),
                Optional.of(GroundClass.parse("dense/rocky")), OptionalInt.of(20), "track from the customs post",
                "lane A, 1 m, white tape", Optional.of(new PlanningDetails.MedevacPoint(new GeoPoint(58.0012, 27.1234),
                        "58.0012 27.1234", "village school")), "MP-2, signs S1-S18");
    }

    @Test
    void detailsReadBackUnchangedAfterReopeningAndEachEditIsOneAuditEntry() {
        Path file = dir.resolve("ws.gpkg");
        long id;
        try (Workspace ws = Workspace.create(file)) {
            id = ws.add(area(1)).id();
            ws.add(area(2));
            PlanningDetailsStore store = new PlanningDetailsStore(ws);
            assertThat(store.of("HA-0001")).isEqualTo(PlanningDetails.none("HA-0001"));
            store.save(full("HA-0001"));
            store.save(full("HA-0001").withGround(Optional.empty(), OptionalInt.empty()));
        }
        try (Workspace ws = Workspace.open(file)) {
            PlanningDetailsStore store = new PlanningDetailsStore(ws);
            assertThat(store.of("HA-0001")).isEqualTo(full("HA-0001").withGround(Optional.empty(),
                    OptionalInt.empty()));
            assertThat(store.all()).containsOnlyKeys("HA-0001");
            List<AuditEntry> trail = ws.history(PlanningDetailsStore.ENTITY, id);
            assertThat(trail).extracting(AuditEntry::action)
                    .containsExactly(AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE);
            assertThat(trail.get(0).afterJson()).contains("\"ground\":\"dense/rocky\"", "\"depthCm\":20",
                    "village school");
            assertThat(trail.get(1).beforeJson()).contains("\"ground\":\"dense/rocky\"");
            assertThat(trail.get(1).afterJson()).contains("\"ground\":null", "\"depthCm\":null");
            assertThat(ws.check().ok()).isTrue();
        }
    }

    @Test
    void fullRoundTripKeepsEveryField() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.gpkg"))) {
            ws.add(area(1));
            new PlanningDetailsStore(ws).save(full("HA-0001"));
            PlanningDetails back = new PlanningDetailsStore(ws).of("HA-0001");
            assertThat(back).isEqualTo(full("HA-0001"));
            assertThat(back.medevac().orElseThrow().position()).isEqualTo(new GeoPoint(58.0012, 27.1234));
        }
    }

    @Test
    void refusesDetailsForAHazardTheWorkspaceDoesNotHave() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.gpkg"))) {
            ws.add(area(1));
            int before = ws.auditTrail().size();
            assertThatThrownBy(() -> new PlanningDetailsStore(ws).save(full("HA-0009")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no hazard area HA-0009");
            assertThat(ws.auditTrail()).hasSize(before);
        }
    }

    @Test
    void detailsThatContradictThemselvesAreRefusedWithTheField() {
        assertThatThrownBy(() -> PlanningDetails.none("HA-0001").withBlockedAccess(false, "bridge"))
                .hasMessageContaining("blocked-access note");
        assertThatThrownBy(() -> PlanningDetails.none("HA-0001").withCasualties(0,
                Optional.of(LocalDate.parse("2026-01-01")))).hasMessageContaining("no casualties");
        assertThatThrownBy(() -> PlanningDetails.none("HA-0001").withGround(Optional.empty(), OptionalInt.of(0)))
                .hasMessageContaining("depth 0 cm");
    }
}
