package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.survey.AreaAccounting;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.model.survey.ReleaseRefusedException;
import org.mineledger.model.survey.SurveyActivity;
import org.mineledger.model.survey.SurveyType;

/** Areas from GeographicLib Planimeter (see AreaAccountingTest). */
class SurveyStoreTest {
    private static final GeometryFactory F = new GeometryFactory(new PrecisionModel(), 4326);
    @TempDir
    Path dir;

    static Polygon box(double lon0, double lat0, double lon1, double lat1) {
        return F.createPolygon(new Coordinate[] {new Coordinate(lon0, lat0), new Coordinate(lon1, lat0),
            new Coordinate(lon1, lat1), new Coordinate(lon0, lat1), new Coordinate(lon0, lat0)});
    }

    private static HazardArea hazard(Workspace ws) {
        return ws.add(HazardArea.draft(HazardReference.numbered(1), "Orchard (fictional)", HazardKind.SUSPECTED,
                HazardStatus.ACTIVE, box(24.0, 60.0, 24.002, 60.001), "", Instant.parse("2026-04-01T08:00:00Z")));
    }

    @Test
    void releasesAreAccountedAndBalanceToOneSquareMetre() {
        try (Workspace ws = Workspace.create(dir.resolve("a.gpkg"))) {
            HazardArea h = hazard(ws);
            SurveyStore store = new SurveyStore(ws);
            store.addRelease(h.id(), new LandReleaseEvent(ReleaseKind.CANCELLED, box(24.0, 60.0, 24.001, 60.001),
                    "NTS: interviews", LocalDate.parse("2026-04-02")));
            store.addRelease(h.id(), new LandReleaseEvent(ReleaseKind.REDUCED, box(24.0015, 60.0, 24.002, 60.0005),
                    "TS: detector lanes", LocalDate.parse("2026-04-10")));
            AreaAccounting a = store.accounting(h.id());
            assertThat(a.originalM2()).isCloseTo(12433.4, within(0.1));
            assertThat(a.releasedM2(ReleaseKind.CANCELLED)).isCloseTo(6216.7, within(0.1));
            assertThat(a.releasedM2(ReleaseKind.REDUCED)).isCloseTo(1554.2, within(0.1));
            assertThat(a.balances()).isTrue();
            assertThat(store.releases(h.id())).hasSize(2);
            assertThat(ws.history(SurveyStore.RELEASE, 1)).singleElement()
                    .satisfies(e -> assertThat(e.afterJson()).contains("\"kind\":\"CANCELLED\""));
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    @Test
    void releasesOfManyHazardsReadInOneGoMatchEachHazardsOwnAcrossBatches() {
        try (Workspace ws = Workspace.create(dir.resolve("a.gpkg"))) {
            HazardArea first = hazard(ws);
            HazardArea second = ws.add(HazardArea.draft(HazardReference.numbered(2), "Ditch (fictional)",
                    HazardKind.CONFIRMED, HazardStatus.ACTIVE, box(24.01, 60.0, 24.012, 60.001), "",
                    Instant.parse("2026-04-01T08:00:00Z")));
            SurveyStore store = new SurveyStore(ws);
            store.addRelease(first.id(), new LandReleaseEvent(ReleaseKind.REDUCED, box(24.0015, 60.0, 24.002, 60.0005),
                    "TS: detector lanes", LocalDate.parse("2026-04-10")));
            store.addRelease(second.id(), new LandReleaseEvent(ReleaseKind.CANCELLED, box(24.01, 60.0, 24.011, 60.001),
                    "NTS: interviews", LocalDate.parse("2026-04-02")));
            store.addRelease(first.id(), new LandReleaseEvent(ReleaseKind.CANCELLED, box(24.0, 60.0, 24.001, 60.001),
                    "NTS: interviews", LocalDate.parse("2026-04-02")));
            // ids with no hazard put the second hazard in the second batch of ids
            List<Long> ids = new java.util.ArrayList<>(java.util.stream.LongStream.rangeClosed(1_000, 1_600).boxed()
                    .toList());
            ids.add(0, first.id());
            ids.add(second.id());

            var byHazard = store.releases(ids);

            assertThat(byHazard).containsOnlyKeys(first.id(), second.id());
            assertThat(byHazard.get(first.id())).isEqualTo(store.releases(first.id()))
                    .extracting(LandReleaseEvent::kind).containsExactly(ReleaseKind.REDUCED, ReleaseKind.CANCELLED);
            assertThat(byHazard.get(second.id())).isEqualTo(store.releases(second.id()))
                    .extracting(LandReleaseEvent::method).containsExactly("NTS: interviews");
        }
    }

    @Test
    void releaseOutsideTheHazardAreaIsRefusedAndNothingIsStored() {
        try (Workspace ws = Workspace.create(dir.resolve("b.gpkg"))) {
            HazardArea h = hazard(ws);
            SurveyStore store = new SurveyStore(ws);
            int audit = ws.auditTrail().size();
            assertThatThrownBy(() -> store.addRelease(h.id(), new LandReleaseEvent(ReleaseKind.CLEARED,
                    box(24.0015, 60.0, 24.0025, 60.0005), "manual", LocalDate.parse("2026-05-01"))))
                    .isInstanceOf(ReleaseRefusedException.class)
                    .hasMessageContaining("HA-0001").hasMessageContaining("1554.2 m² of its 3108.4 m² are outside");
            assertThat(store.releases(h.id())).isEmpty();
            assertThat(ws.auditTrail()).hasSize(audit);
        }
    }

    @Test
    void aFindFarOutsideItsAreaOrARecordDatedAfterTodayIsRefusedAndNothingIsStored() {
        try (Workspace ws = Workspace.create(dir.resolve("far.gpkg"))) {
            HazardArea h = hazard(ws);
            SurveyStore store = new SurveyStore(ws);
            int audit = ws.auditTrail().size();
            LocalDate tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);

            assertThatThrownBy(() -> store.addFind(h.id(), new OrdnanceFind(new GeoPoint(10, 10),
                    LocalDate.parse("2026-04-11"), "AP blast mine PMN-2", "armed", 8, "marked")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("The find at 10.000000, 10.000000 lies")
                    .hasMessageContaining("km outside hazard area HA-0001 (at most 1000 m is accepted)");
            assertThatThrownBy(() -> store.addSurvey(h.id(), new SurveyActivity(SurveyType.NTS, tomorrow, "team",
                    "interviews", "none", List.of("farmer")))).hasMessageContaining("The survey date " + tomorrow
                    + " is after today");
            assertThatThrownBy(() -> store.addRelease(h.id(), new LandReleaseEvent(ReleaseKind.CANCELLED,
                    box(24.0, 60.0, 24.001, 60.001), "NTS", tomorrow))).hasMessageContaining("is after today");
            assertThat(store.finds(h.id())).isEmpty();
            assertThat(store.surveys(h.id())).isEmpty();
            assertThat(ws.auditTrail()).hasSize(audit);

            // 500 m north of the area: near enough, as a find beside a marked edge is
            store.addFind(h.id(), new OrdnanceFind(new GeoPoint(60.0055, 24.001), LocalDate.parse("2026-04-11"),
                    "AP blast mine PMN-2", "armed", 8, "marked"));
            assertThat(store.finds(h.id())).hasSize(1);
        }
    }

    @Test
    void surveysAndFindsReadBackAsEntered() {
        try (Workspace ws = Workspace.create(dir.resolve("c.gpkg"))) {
            HazardArea h = hazard(ws);
            SurveyStore store = new SurveyStore(ws);
            SurveyActivity s = new SurveyActivity(SurveyType.NTS, LocalDate.parse("2026-04-02"), "NTS team 2",
                    "community interviews", "farmer saw tripwire", List.of("village head", "farmer"));
            OrdnanceFind f = new OrdnanceFind(new GeoPoint(60.0004, 24.0012), LocalDate.parse("2026-04-11"),
                    "AP blast mine PMN-2", "armed", 8, "destroyed in situ");
            store.addSurvey(h.id(), s);
            store.addFind(h.id(), f);
            assertThat(store.surveys(h.id())).containsExactly(s);
            assertThat(store.finds(h.id())).containsExactly(f);
            assertThatThrownBy(() -> store.addFind(999, f)).hasMessageContaining("no hazard area with id 999");
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    @Test
    void checkFindsAReleaseChangedBehindTheAppsBack() throws Exception {
        Path file = dir.resolve("d.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            HazardArea h = hazard(ws);
            new SurveyStore(ws).addRelease(h.id(), new LandReleaseEvent(ReleaseKind.CLEARED,
                    box(24.0, 60.0, 24.001, 60.001), "manual", LocalDate.parse("2026-05-01")));
            assertThat(ws.check().problems()).isEmpty();
        }
        try (var c = WorkspaceFile.connect(file); var s = c.createStatement()) {
            s.executeUpdate("UPDATE ml_land_release SET kind = 'CANCELLED'");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.check().problems()).singleElement().asString()
                    .contains("Land release id 1 of hazard area HA-0001 differs from its last recorded state");
        }
    }

    @Test
    void aSurveyFileIsStoredWholeOrNotAtAll() {
        try (Workspace ws = Workspace.create(dir.resolve("e.gpkg"))) {
            HazardArea h = hazard(ws);
            SurveyStore store = new SurveyStore(ws);
            SurveyActivity s = new SurveyActivity(SurveyType.TS, LocalDate.parse("2026-04-10"), "TS team 1",
                    "detector lanes", "", List.of());
            LandReleaseEvent outside = new LandReleaseEvent(ReleaseKind.REDUCED, box(24.0015, 60.0, 24.0025, 60.0005),
                    "TS", LocalDate.parse("2026-04-10"));
            int audit = ws.auditTrail().size();
            assertThatThrownBy(() -> store.addAll(h.id(), new SurveyFile(h.reference(), List.of(s), List.of(),
                    List.of(outside)))).isInstanceOf(ReleaseRefusedException.class);
            assertThat(store.surveys(h.id())).isEmpty();
            assertThat(ws.auditTrail()).hasSize(audit);
            store.addAll(h.id(), new SurveyFile(h.reference(), List.of(s), List.of(), List.of()));
            assertThat(store.surveys(h.id())).containsExactly(s);
            assertThat(ws.auditTrail()).hasSize(audit + 1);
        }
    }
}
