package org.mineledger.ui.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.model.survey.SurveyActivity;
import org.mineledger.model.survey.SurveyType;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.Workspace;

/** The survey-visit, find and land-release view models without a window: each field's rule, then storage. */
class SurveyAndFindFormModelTest {
    private static final GeometryFactory F = new GeometryFactory(new PrecisionModel(), 4326);
    @TempDir
    Path dir;

    static HazardArea hazard(Workspace ws) {
        return ws.add(HazardArea.draft(HazardReference.numbered(1), "Orchard (fictional)", HazardKind.SUSPECTED,
                HazardStatus.ACTIVE, F.createPolygon(new Coordinate[] {new Coordinate(24.0, 60.0),
                    new Coordinate(24.002, 60.0), new Coordinate(24.002, 60.001), new Coordinate(24.0, 60.001),
                    new Coordinate(24.0, 60.0)}), "", Instant.parse("2026-04-01T08:00:00Z")));
    }

    @Test
    void surveyVisitNeedsDateTeamMethodAndForNtsInformants() {
        try (Workspace ws = Workspace.create(dir.resolve("a.gpkg"))) {
            HazardArea h = hazard(ws);
            SurveyStore store = new SurveyStore(ws);
            SurveyVisitFormModel m = new SurveyVisitFormModel(store, h);
            m.date.set("12.04.2026");
            assertThat(m.save()).isFalse();
            assertThat(m.errors).containsKeys("date", "team", "method", "informants");
            assertThat(m.errors.get("date")).startsWith("'12.04.2026' is not a date: type it as");
            m.date.set(LocalDate.now().plusDays(3).toString());
            assertThat(m.save()).isFalse();
            assertThat(m.errors.get("date")).contains("is after today");
            m.date.set("2026-04-02");
            m.team.set("NTS team 2");
            m.method.set("community interviews");
            m.evidence.set("farmer saw a tripwire near the well");
            m.informants.set("village head\n farmer ;school teacher");
            int audit = ws.auditTrail().size();
            assertThat(m.save()).isTrue();
            SurveyActivity stored = new SurveyActivity(SurveyType.NTS, LocalDate.parse("2026-04-02"), "NTS team 2",
                    "community interviews", "farmer saw a tripwire near the well",
                    List.of("village head", "farmer", "school teacher"));
            assertThat(store.surveys(h.id())).containsExactly(stored);
            assertThat(m.visits).containsExactly(stored);
            assertThat(ws.auditTrail()).hasSize(audit + 1);
            assertThat(store.history(h.id())).singleElement().satisfies(e -> assertThat(e.entity())
                    .isEqualTo("survey_activity"));
            // a technical survey may have no informants
            m.type.set(SurveyType.TS);
            m.method.set("detector-supported TS, 1 m lanes");
            assertThat(m.save()).isTrue();
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    @Test
    void findTypedInMgrsIsReadBackLiveAndStoredWithDepthInCentimetres() {
        try (Workspace ws = Workspace.create(dir.resolve("b.gpkg"))) {
            HazardArea h = hazard(ws);
            SurveyStore store = new SurveyStore(ws);
            OrdnanceFindFormModel m = new OrdnanceFindFormModel(store, h);
            m.position.set("35VLG327745524");
            assertThat(m.positionRead.get()).isNotEmpty();
            m.position.set("35VLG3277455246");
            assertThat(m.positionRead.get()).contains("MGRS 35VLG3277455246");
            m.depthCm.set("0.08");
            assertThat(m.save()).isFalse();
            assertThat(m.errors.get("depth")).startsWith("Type the depth in whole centimetres");
            assertThat(m.errors.get("typeModel")).contains("type and model");
            m.depthCm.set("800");
            assertThat(m.save()).isFalse();
            assertThat(m.errors.get("depth")).contains("Did you type metres?");
            m.depthCm.set("8");
            m.typeModel.set("AP blast mine PMN-2");
            m.fuzeState.set("armed");
            m.actionTaken.set("destroyed in situ");
            m.date.set("2026-04-11");
            assertThat(m.save()).isTrue();
            OrdnanceFind f = store.finds(h.id()).get(0);
            // echo 35VLG3277455246 | GeoConvert -p 6 → 60.00039599855 24.00120779232 (centre of the 1 m square;
            // a parser that takes the corner is within 1 m of it)
            assertThat(f.position().lat()).isCloseTo(60.00039599855, within(1e-5));
            assertThat(f.position().lon()).isCloseTo(24.00120779232, within(2e-5));
            assertThat(f.depthCm()).isEqualTo(8);
            assertThat(f.fuzeState()).isEqualTo("armed");
            assertThat(m.finds).containsExactly(f);
            assertThat(m.position.get()).isEmpty();
        }
    }

    @Test
    void landReleaseAccountingIsPreviewedWhileTheCornersAreTyped() {
        try (Workspace ws = Workspace.create(dir.resolve("c.gpkg"))) {
            HazardArea h = hazard(ws);
            LandReleaseFormModel m = new LandReleaseFormModel(new SurveyStore(ws), h);
            m.kind.set(ReleaseKind.CANCELLED);
            m.corners.set("60.0 24.0\n60.0 24.001");
            assertThat(m.preview.get()).startsWith("This release cannot be saved yet: Type at least three corners");
            m.corners.set("60.0 24.0\n60.0 24.001\n60.001 24.001\n60.001 24.0");
            // Planimeter: the western half of the 12433.4 m² box is 6216.7 m²
            assertThat(m.preview.get()).startsWith("With this release: original 12433.4 m² = cancelled 6216.7 + "
                    + "reduced 0.0 + cleared 0.0 + remaining 6216.7 m²").contains("balances");
            assertThat(m.accounting.get()).contains("cancelled 0.0");
            m.corners.set("60.0 24.0015\n60.0 24.0025\n60.0005 24.0025\n60.0005 24.0015");
            assertThat(m.preview.get()).contains("lies partly outside hazard area HA-0001");
        }
    }
}
