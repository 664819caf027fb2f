package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardArea;

/**
 * An import into a workspace whose spatial index is empty writes the R*Tree packed, straight into its shadow
 * tables; SQLite's own {@code rtreecheck} must find it sound, it must hold what SQLite itself would have stored,
 * answer searches like a scan of the areas, and keep working when areas are added and deleted afterwards.
 */
class PackedRtreeTest {

    @Test
    void packedIndexIsSoundHoldsWhatSqliteWouldStoreAndAnswersSearches(@TempDir Path dir) throws Exception {
        int count = 3000; // three levels with 51 cells a node
        Path packed = dir.resolve("packed.gpkg");
        Path oneByOne = dir.resolve("one-by-one.gpkg");
        try (Workspace a = Workspace.create(packed); Workspace b = Workspace.create(oneByOne)) {
            // b's index is not empty, so its rows are inserted one by one by SQLite
            b.add(Samples.draft(count + 1, 10.0, 10.0));
            importAreas(a, count);
            importAreas(b, count);
            assertThat(a.check().problems()).isEmpty();
        }
        assertThat(query(packed, "SELECT rtreecheck('rtree_hazard_area_geom')")).containsExactly("ok");
        assertThat(query(packed, "SELECT max(nodeno) > 60 FROM rtree_hazard_area_geom_node")).containsExactly("1");
        String cells = "SELECT h.reference || ' ' || t.minx || ' ' || t.maxx || ' ' || t.miny || ' ' || t.maxy "
                + "FROM hazard_area h JOIN rtree_hazard_area_geom t ON t.id = h.fid WHERE h.reference <> 'HA-3001' "
                + "ORDER BY h.reference";
        List<String> stored = query(packed, cells);
        assertThat(stored).hasSize(count).isEqualTo(query(oneByOne, cells));

        for (double[] w : new double[][] {{30.1, 30.2, 50.01, 50.05}, {30.0, 30.5, 50.0, 50.6}, {31, 32, 51, 52},
            {30.2345, 30.2346, 50.1, 50.3}}) {
            String window = " t.maxx >= " + w[0] + " AND t.minx <= " + w[1] + " AND t.maxy >= " + w[2]
                    + " AND t.miny <= " + w[3];
            String viaIndex = "SELECT t.id FROM rtree_hazard_area_geom t WHERE" + window;
            String scan = "SELECT fid FROM (SELECT fid, ST_MinX(geom) AS minx, ST_MaxX(geom) AS maxx, "
                    + "ST_MinY(geom) AS miny, ST_MaxY(geom) AS maxy FROM hazard_area) t WHERE" + window;
            assertThat(new TreeSet<>(query(packed, viaIndex))).as("window %s", (Object) w)
                    .isEqualTo(new TreeSet<>(queryInWorkspace(packed, scan)));
        }

        try (Workspace a = Workspace.open(packed)) {
            for (HazardArea h : a.hazards().subList(0, 1000)) {
                a.delete(h.id());
            }
            a.add(Samples.draft(count + 2, 30.05, 50.05));
            assertThat(a.check().problems()).isEmpty();
        }
        assertThat(query(packed, "SELECT rtreecheck('rtree_hazard_area_geom')")).containsExactly("ok");
        assertThat(query(packed, "SELECT count(*) FROM rtree_hazard_area_geom")).containsExactly("2001");
    }

    @Test
    void roundsOutwardsLikeSqlite() {
        for (double d : new double[] {0.1, -0.1, 30.123456789, -179.99999999, 89.9999999, 0.0, 50.0}) {
            assertThat((double) PackedRtree.down(d)).as("down %s", d).isLessThanOrEqualTo(d);
            assertThat((double) PackedRtree.up(d)).as("up %s", d).isGreaterThanOrEqualTo(d);
            assertThat(Math.abs(PackedRtree.up(d) - PackedRtree.down(d))).isLessThanOrEqualTo(2 * Math.ulp((float) d));
        }
    }

    private static void importAreas(Workspace ws, int count) {
        List<HazardArea> drafts = new ArrayList<>();
        List<ImportSource> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(Samples.draft(i + 1, 30.0 + (i % 60) * 0.0071, 50.0 + (i / 60) * 0.0093));
            sources.add(new ImportSource("grid.gpkg", Integer.toString(i + 1)));
        }
        new HazardImportStore(ws).importAll(drafts, sources, done -> { });
    }

    private static List<String> query(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return rows(c, sql);
        }
    }

    /** A query that needs MineLedger's SQL functions (ST_MinX…), run on the workspace's own connection. */
    private static List<String> queryInWorkspace(Path file, String sql) throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            return ws.read(() -> rows(ws.connection(), sql));
        }
    }

    private static List<String> rows(Connection c, String sql) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
