package org.mineledger.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.Workspace;

/** The land-release view model, without a window; areas from Planimeter as in AreaAccountingTest. */
class LandReleaseFormModelTest {
    private static final GeometryFactory F = new GeometryFactory(new PrecisionModel(), 4326);
    @TempDir
    Path dir;

    private static HazardArea hazard(Workspace ws) {
        return ws.add(HazardArea.draft(HazardReference.numbered(1), "Orchard (fictional)", HazardKind.CONFIRMED,
                HazardStatus.ACTIVE, F.createPolygon(new Coordinate[] {new Coordinate(24.0, 60.0),
                    new Coordinate(24.002, 60.0), new Coordinate(24.002, 60.001), new Coordinate(24.0, 60.001),
                    new Coordinate(24.0, 60.0)}), "", Instant.parse("2026-04-01T08:00:00Z")));
    }

    @Test
    void releaseTypedInDegreesMinutesSecondsIsStoredAndTheAccountingShowsIt() {
        try (Workspace ws = Workspace.create(dir.resolve("a.gpkg"))) {
            LandReleaseFormModel m = new LandReleaseFormModel(new SurveyStore(ws), hazard(ws));
            assertThat(m.accounting.get()).contains("original 12433.4 m²").contains("remaining 12433.4");
            m.kind.set(ReleaseKind.CANCELLED);
            m.method.set("NTS: interviews");
            m.date.set("2026-04-02");
            // lon 24.000–24.001 (24°0′3.6″ E), lat 60.000–60.001 (60°0′3.6″ N): Planimeter 6216.7 m²
            m.corners.set("60°00'00\" N 24°00'00\" E\n60°00'00\" N 24°00'03.6\" E\n"
                    + "60°00'03.6\" N 24°00'03.6\" E\n60°00'03.6\" N 24°00'00\" E");
            assertThat(m.save()).as(m.errors.toString()).isTrue();
            assertThat(m.accounting.get()).contains("cancelled 6216.7").contains("balances");
        }
    }

    @Test
    void releaseOutsideTheAreaAndBadCornersAreShownAsFieldErrors() {
        try (Workspace ws = Workspace.create(dir.resolve("b.gpkg"))) {
            LandReleaseFormModel m = new LandReleaseFormModel(new SurveyStore(ws), hazard(ws));
            m.method.set("manual");
            m.corners.set("60.0 N, 24.0015 E\n60.0 N, 24.0025 E\nsixty north");
            assertThat(m.save()).isFalse();
            assertThat(m.errors.get("corners")).contains("line 3");
            m.corners.set("60.0 N, 24.0015 E\n60.0 N, 24.0025 E\n60.0005 N, 24.0025 E\n60.0005 N, 24.0015 E");
            assertThat(m.save()).isFalse();
            assertThat(m.errors.get("corners")).contains("1554.2 m² of its 3108.4 m² are outside");
            assertThat(new SurveyStore(ws).releases(m.hazard().id())).isEmpty();
        }
    }
}
