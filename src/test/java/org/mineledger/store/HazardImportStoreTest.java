package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/** A bulk import writes the same rows, spatial index and audit trail as adding the areas one by one. */
class HazardImportStoreTest {
    /** More than one batch of rows, so that batch boundaries are crossed. */
    private static final int COUNT = 1234;

    @Test
    void bulkImportIndexesEveryRowWithItsEnvelopeAndPassesTheCheck(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("training.gpkg");
        String triggerBefore;
        Map<String, Envelope> expected = new HashMap<>();
        try (Workspace ws = Workspace.create(file)) {
            HazardArea first = ws.add(Samples.draft(1, 30.0, 50.0));
            ws.delete(first.id());
            triggerBefore = insertTrigger(file);
            List<HazardArea> drafts = new ArrayList<>();
            List<ImportSource> sources = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                HazardArea d = Samples.draft(i + 2, 30.0 + (i % 50) * 0.01, 50.0 + (i / 50) * 0.01);
                drafts.add(d);
                sources.add(new ImportSource("bulk.gpkg", Integer.toString(i + 1)));
                expected.put(d.reference().value(), d.polygon().getEnvelopeInternal());
            }

            List<HazardArea> stored = new HazardImportStore(ws).importAll(drafts, sources, done -> { });

            // AUTOINCREMENT: the deleted area's fid is never reused
            assertThat(stored.get(0).id()).isGreaterThan(first.id());
            assertThat(ws.hazards()).hasSize(COUNT);
            for (HazardArea a : stored) {
                assertThat(ws.hazard(a.id())).contains(a);
            }
            // after the first area's creation and deletion, the import listed in two parts of at most 1,000 areas
            List<AuditEntry> trail = ws.auditTrail();
            assertThat(trail).hasSize(4);
            assertThat(trail.subList(2, 4)).allSatisfy(e -> {
                assertThat(e.entity()).isEqualTo("hazard_import");
                assertThat(e.entityId()).isEqualTo(1);
            });
            assertThat(trail.get(2).afterJson()).startsWith("{\"file\":\"bulk.gpkg\",\"count\":1000,\"part\":1,"
                    + "\"parts\":2,\"first_id\":" + stored.get(0).id() + ",\"last_id\":" + stored.get(999).id() + ",");
            assertThat(trail.get(3).afterJson()).startsWith("{\"file\":\"bulk.gpkg\",\"count\":" + (COUNT - 1000)
                    + ",\"part\":2,\"parts\":2,");
            // each imported area's history starts with the part that lists it
            assertThat(ws.history("hazard_area", stored.get(999).id())).containsExactly(trail.get(2));
            assertThat(ws.history("hazard_area", stored.get(1000).id())).containsExactly(trail.get(3));
            assertThat(ws.check().problems()).isEmpty();
            // the trigger is back: an area added afterwards is indexed by it
            ws.add(Samples.draft(COUNT + 10, 31.0, 51.0));
        }
        assertThat(insertTrigger(file)).isEqualTo(triggerBefore);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT h.reference, t.minx, t.maxx, t.miny, t.maxy, t.id IS NULL "
                     + "FROM hazard_area h LEFT JOIN rtree_hazard_area_geom t ON t.id = h.fid")) {
            int rows = 0;
            while (r.next()) {
                rows++;
                assertThat(r.getBoolean(6)).as("index row of %s", r.getString(1)).isFalse();
                Envelope e = expected.get(r.getString(1));
                if (e == null) {
                    continue; // the area added after the import
                }
                // the R*Tree stores 32-bit floats rounded outwards (SQLite rtree documentation)
                assertThat(r.getDouble(2)).isLessThanOrEqualTo(e.getMinX()).isGreaterThan(e.getMinX() - 1e-5);
                assertThat(r.getDouble(3)).isGreaterThanOrEqualTo(e.getMaxX()).isLessThan(e.getMaxX() + 1e-5);
                assertThat(r.getDouble(4)).isLessThanOrEqualTo(e.getMinY()).isGreaterThan(e.getMinY() - 1e-5);
                assertThat(r.getDouble(5)).isGreaterThanOrEqualTo(e.getMaxY()).isLessThan(e.getMaxY() + 1e-5);
            }
            assertThat(rows).isEqualTo(COUNT + 1);
            try (ResultSet n = c.createStatement().executeQuery("SELECT count(*) FROM rtree_hazard_area_geom")) {
                assertThat(n.getInt(1)).isEqualTo(COUNT + 1);
            }
        }
    }

    @Test
    void areasCreatedAtDifferentTimesKeepTheirOwnTimes(@TempDir Path dir) {
        try (Workspace ws = Workspace.create(dir.resolve("times.gpkg"))) {
            HazardArea early = Samples.draft(1, 30.0, 50.0);
            HazardArea late = HazardArea.draft(HazardReference.numbered(2), "Training field 2", HazardKind.CONFIRMED,
                    HazardStatus.ACTIVE, Samples.square(30.01, 50.0, 0.001), "it's fictional",
                    java.time.Instant.parse("2026-11-26T07:00:00.250Z"));
            List<HazardArea> stored = new HazardImportStore(ws).importAll(List.of(early, late),
                    List.of(new ImportSource("t.gpkg", "1"), new ImportSource("t.gpkg", "2")), done -> { });
            assertThat(ws.hazard(stored.get(0).id()).orElseThrow().createdAt())
                    .isEqualTo(java.time.Instant.parse("2026-11-25T05:30:00.123Z"));
            assertThat(ws.hazard(stored.get(1).id()).orElseThrow().createdAt())
                    .isEqualTo(java.time.Instant.parse("2026-11-26T07:00:00.250Z"));
            assertThat(ws.hazard(stored.get(1).id()).orElseThrow().notes()).isEqualTo("it's fictional");
            assertThat(stored).allSatisfy(a -> assertThat(ws.hazard(a.id())).contains(a));
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    @Test
    void cancelledBulkImportLeavesTheFileByteIdenticalWithItsTrigger(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("training.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            ws.add(Samples.draft(1, 30.0, 50.0));
        }
        String before = Samples.sha256(file);
        String triggerBefore = insertTrigger(file);
        try (Workspace ws = Workspace.open(file)) {
            List<HazardArea> drafts = new ArrayList<>();
            List<ImportSource> sources = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                drafts.add(Samples.draft(i + 2, 30.0 + i * 0.01, 50.0));
                sources.add(new ImportSource("bulk.gpkg", Integer.toString(i + 1)));
            }
            assertThatThrownBy(() -> new HazardImportStore(ws).importAll(drafts, sources, done -> {
                if (done == COUNT - 1) {
                    throw new CancellationException("cancelled by the user");
                }
            })).isInstanceOf(CancellationException.class);
            assertThat(ws.hazards()).hasSize(1);
        }
        assertThat(Samples.sha256(file)).isEqualTo(before);
        assertThat(insertTrigger(file)).isEqualTo(triggerBefore).contains("ST_MinX(NEW.geom)");
    }

    private static String insertTrigger(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                     + "AND name = 'rtree_hazard_area_geom_insert'")) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
