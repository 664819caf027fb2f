package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.plan.clearance.ClearanceTask;
import org.mineledger.plan.clearance.TaskList;

/**
 * The planner sees only unreleased land. Expected areas: GeographicLib Planimeter on the remaining rectangle
 * (printf "60 24\n60 24.0015\n60.001 24.0015\n60.001 24\n" | Planimeter → 9325.1 m²;
 * the original box gives 12433.4 m²), and GeodesicArea on the JTS difference polygon.
 */
class UnreleasedLandTest {
    @TempDir
    Path dir;

    private static HazardArea add(Workspace ws, int n, HazardKind kind, Polygon p) {
        return ws.add(HazardArea.draft(HazardReference.numbered(n), "Field " + n + " (fictional)", kind,
                HazardStatus.ACTIVE, p, "", Instant.parse("2026-04-01T08:00:00Z")));
    }

    @Test
    void partlyReducedHazardIsPlannedOnItsRemainingLandAndCancelledOneIsLeftOut() {
        try (Workspace ws = Workspace.create(dir.resolve("a.gpkg"))) {
            HazardArea reduced = add(ws, 1, HazardKind.CONFIRMED, SurveyStoreTest.box(24.0, 60.0, 24.002, 60.001));
            HazardArea cancelled = add(ws, 2, HazardKind.SUSPECTED, SurveyStoreTest.box(24.01, 60.0, 24.012, 60.001));
            HazardArea untouched = add(ws, 3, HazardKind.CONFIRMED, SurveyStoreTest.box(24.02, 60.0, 24.021, 60.001));
            SurveyStore store = new SurveyStore(ws);
            Polygon east = SurveyStoreTest.box(24.0015, 60.0, 24.002, 60.001);
            store.addRelease(reduced.id(), new LandReleaseEvent(ReleaseKind.REDUCED, east, "TS: detector lanes",
                    LocalDate.parse("2026-04-10")));
            store.addRelease(cancelled.id(), new LandReleaseEvent(ReleaseKind.CANCELLED, cancelled.polygon(),
                    "NTS: interviews", LocalDate.parse("2026-04-02")));

            UnreleasedLand land = UnreleasedLand.of(ws);

            assertThat(land.toPlan()).extracting(h -> h.reference().value()).containsExactly("HA-0001", "HA-0003");
            assertThat(land.leftOut()).extracting(h -> h.reference().value()).containsExactly("HA-0002");
            assertThat(land.forSheets()).hasSize(3);
            assertThat(land.notes()).anySatisfy(n -> assertThat(n).startsWith("HA-0002: all land released by "
                    + "land-release records (cancelled ").contains("set its status to Cancelled"));
            assertThat(land.notes()).anySatisfy(n -> assertThat(n).startsWith("HA-0001: planned on its unreleased"
                    + " land, 9,325 m² of 12,433 m²"));
            double difference = new GeodesicArea((Polygon) reduced.polygon().difference(east)).area();
            List<ClearanceTask> tasks = TaskList.fromHazards(land.toPlan(),
                    List.of(), TaskList.Defaults.standard());
            assertThat(tasks).extracting(ClearanceTask::hazardReference).containsExactly("HA-0001", "HA-0003");
            assertThat(tasks.get(0).areaM2()).isCloseTo(difference, within(1.0)).isCloseTo(9325.1, within(1.0));
            assertThat(tasks.get(1).areaM2()).isCloseTo(new GeodesicArea(untouched.polygon()).area(), within(1e-6));
        }
    }
}
