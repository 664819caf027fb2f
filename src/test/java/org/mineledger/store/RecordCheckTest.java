package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKBWriter;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.model.survey.SurveyActivity;
import org.mineledger.model.survey.SurveyType;

/** {@code check} compares survey visits, finds and releases with the audit trail, after plain-SQL tampering. */
class RecordCheckTest {
    @TempDir
    Path dir;

    private Path workspaceWithRecords() {
        Path file = dir.resolve("w.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            HazardArea h = ws.add(HazardArea.draft(HazardReference.numbered(7), "Orchard (fictional)",
                    HazardKind.SUSPECTED, HazardStatus.ACTIVE, SurveyStoreTest.box(24.0, 60.0, 24.002, 60.001), "",
                    Instant.parse("2026-04-01T08:00:00Z")));
            SurveyStore store = new SurveyStore(ws);
            store.addSurvey(h.id(), new SurveyActivity(SurveyType.NTS, LocalDate.parse("2026-04-02"), "NTS team 2",
                    "community interviews", "farmer saw tripwire", List.of("village head")));
            store.addFind(h.id(), new OrdnanceFind(new GeoPoint(60.0004, 24.0012), LocalDate.parse("2026-04-11"),
                    "AP blast mine PMN-2", "armed", 8, "destroyed in situ"));
            store.addRelease(h.id(), new LandReleaseEvent(ReleaseKind.CANCELLED, SurveyStoreTest.box(24.0, 60.0,
                    24.001, 60.001), "NTS: interviews", LocalDate.parse("2026-04-02")));
            CheckReport r = ws.check();
            assertThat(r.problems()).isEmpty();
            // Planimeter: the whole box 12433.4 m², its western half 6216.7 m² (see SurveyStoreTest)
            assertThat(r.accounting()).singleElement().asString().startsWith("HA-0007: original 12433.4 m² = "
                    + "cancelled 6216.7 + reduced 0.0 + cleared 0.0 + remaining 6216.7 m²").contains("balances");
        }
        return file;
    }

    private static void sql(Path file, String statement) throws Exception {
        try (var c = WorkspaceFile.connect(file); var s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static List<String> problems(Path file) {
        try (Workspace ws = Workspace.open(file)) {
            return ws.check().problems();
        }
    }

    @Test
    void surveyVisitChangedWithPlainSqlIsReportedByRecordAndRow() throws Exception {
        Path file = workspaceWithRecords();
        sql(file, "UPDATE ml_survey_activity SET evidence = 'nothing seen' WHERE id = 1");
        assertThat(problems(file)).singleElement().asString().contains("Survey visit id 1 of hazard area HA-0007 "
                + "(2026-04-02, team NTS team 2) differs from its last recorded state (audit entry");
    }

    @Test
    void findChangedOrInsertedWithPlainSqlIsReported() throws Exception {
        Path file = workspaceWithRecords();
        sql(file, "UPDATE ml_ordnance_find SET depth_cm = 30 WHERE id = 1");
        sql(file, "INSERT INTO ml_ordnance_find (hazard_fid, lat, lon, find_date, type_model, fuze_state, depth_cm, "
                + "action_taken, created_at) VALUES (1, 60.0005, 24.0013, '2026-04-12', 'AT mine TM-62M', 'armed', "
                + "10, 'removed', '2026-04-12T10:00:00Z')");
        assertThat(problems(file)).containsExactly(
                "Ordnance find id 1 of hazard area HA-0007 (2026-04-11, AP blast mine PMN-2) differs from its last "
                        + "recorded state (audit entry 3): it was changed outside MineLedger.", // entries 1 hazard, 2 survey, 3 find
                "Ordnance find id 2 of hazard area HA-0007 (2026-04-12, AT mine TM-62M) has no entry in the audit "
                        + "trail: it was added outside MineLedger.");
    }

    @Test
    void surveyVisitDeletedWithPlainSqlIsReportedMissing() throws Exception {
        Path file = workspaceWithRecords();
        sql(file, "DELETE FROM ml_survey_activity WHERE id = 1");
        assertThat(problems(file)).singleElement().asString().startsWith("Survey visit id 1 is missing although "
                + "the audit trail has no deletion for it");
    }

    @Test
    void releaseInsertedWithPlainSqlOverReleasedLandBreaksTheAccounting() throws Exception {
        Path file = workspaceWithRecords();
        byte[] wkb = new WKBWriter().write(SurveyStoreTest.box(24.0005, 60.0, 24.0015, 60.001));
        try (var c = WorkspaceFile.connect(file); var p = c.prepareStatement("INSERT INTO ml_land_release "
                + "(hazard_fid, kind, method, release_date, polygon_wkb, area_m2, created_at) VALUES (1, 'CLEARED', "
                + "'manual', '2026-05-01', ?, 6216.7, '2026-05-01T10:00:00Z')")) {
            p.setBytes(1, wkb);
            p.executeUpdate();
        }
        assertThat(problems(file)).anySatisfy(p -> assertThat(p).startsWith("Land release id 2 of hazard area "
                + "HA-0007 has no entry in the audit trail")).anySatisfy(p -> assertThat(p).contains("The land "
                + "releases of hazard area id 1 cannot be accounted for: Release 2 (cleared, 2026-05-01) overlaps "
                + "land of hazard area HA-0007 that was already released"));
    }
}
