package org.mineledger.model.laid;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.NorthConversion;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.TraverseLeg;

/** Fictional laid-minefield records for tests (TRAINING — FICTIONAL DATA). */
public final class LaidRecords {
    private LaidRecords() {
    }

    public static TraverseLeg leg(double degrees, double metres) {
        return new TraverseLeg(Bearing.degrees(degrees, NorthReference.TRUE), Distance.ofMetres(metres));
    }

    /** A 100 m square field with two strips, hand-laid, marked, fenced and monitored: compliant. */
    public static LaidMinefieldRecord complete(String number) {
        return withStrips(number, List.of(
                new Strip("A", "steel picket A1, painted red", "steel picket A2", leg(180, 30),
                        List.of(leg(90, 80)), List.of(
                                mine("TM-62M", MineCategory.AT, 20, Emplacement.HAND, null, null),
                                mine("PMN-2", MineCategory.AP, 40, Emplacement.HAND, null, null))),
                new Strip("B", "steel picket B1", "steel picket B2", leg(180, 60),
                        List.of(leg(90, 80)), List.of(
                                mine("TM-62M", MineCategory.AT, 16, Emplacement.HAND, null, null)))),
                "perimeter signs every 25 m (TA triangles)", "single-strand wire fence, 1 m", "platoon patrol daily");
    }

    public static MineEntry mine(String model, MineCategory c, int count, Emplacement how, Duration sd, Duration sda) {
        return new MineEntry(model, c, count, Distance.ofMetres(4), "pressure", "", how, sd, sda);
    }

    public static LaidMinefieldRecord withStrips(String number, List<Strip> strips, String marking, String fencing,
            String monitoring) {
        return new LaidMinefieldRecord(
                new MinefieldIdentity(number, MinefieldType.PROTECTIVE, "3 Engr Coy (fictional)", "Bde order 14/26",
                        "Lt A. Example", "RESTRICTED"),
                Instant.parse("2026-03-02T06:00:00Z"), Instant.parse("2026-03-02T14:30:00Z"),
                new Landmark("Culvert at road km 4 (fictional)", new GeoPoint(60.0, 24.0)),
                leg(90, 100), leg(0, 20),
                List.of(leg(90, 100), leg(180, 100), leg(270, 100), leg(0, 100)),
                NorthConversion.TRUE_ONLY, Distance.ofMetres(0.5), strips, List.of(
                        new LaneOrGap("Lane 1", false, Distance.ofMetres(8), "between A and B, 40 m from TP1")),
                marking, fencing, monitoring, "Sgt B. Example", "Capt C. Example", "TRAINING — FICTIONAL DATA");
    }
}
