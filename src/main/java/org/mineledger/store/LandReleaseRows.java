package org.mineledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.ReleaseKind;

/** The SQL that reads the V004 land-release table, for one hazard area or many at once; callers hold the read. */
final class LandReleaseRows {
    /** Hazard ids per query: well under SQLite's smallest limit of 999 bound parameters. */
    static final int BATCH = 500;

    private static final String COLUMNS = "SELECT hazard_fid, kind, polygon_wkb, method, release_date FROM "
            + "ml_land_release WHERE hazard_fid ";

    private LandReleaseRows() {
    }

    /** The releases of one hazard area in the order they were recorded. */
    static List<LandReleaseEvent> of(Connection c, long hazardId) throws SQLException {
        return of(c, List.of(hazardId)).getOrDefault(hazardId, List.of());
    }

    /**
     * The releases of the given hazard areas, each list in the order recorded, one query per {@link #BATCH} ids;
     * a hazard with no release has no entry.
     */
    static Map<Long, List<LandReleaseEvent>> of(Connection c, Collection<Long> hazardIds) throws SQLException {
        Map<Long, List<LandReleaseEvent>> out = new HashMap<>();
        List<Long> ids = List.copyOf(hazardIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement p = c.prepareStatement(COLUMNS + "IN (" + marks + ") ORDER BY id")) {
                for (int i = 0; i < batch.size(); i++) {
                    p.setLong(i + 1, batch.get(i));
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long hazardId = r.getLong(1);
                        out.computeIfAbsent(hazardId, k -> new ArrayList<>()).add(release(r, hazardId));
                    }
                }
            }
        }
        return out;
    }

    private static LandReleaseEvent release(ResultSet r, long hazardId) throws SQLException {
        Polygon poly;
        try {
            poly = (Polygon) new WKBReader().read(r.getBytes(3));
        } catch (ParseException | ClassCastException e) {
            throw new WorkspaceException("A land release of hazard area id " + hazardId + " has an "
                    + "unreadable polygon. Run 'mineledger check' on the workspace.", e);
        }
        poly.setSRID(4326);
        return new LandReleaseEvent(ReleaseKind.valueOf(r.getString(2)), poly, r.getString(4),
                LocalDate.parse(r.getString(5)));
    }
}
