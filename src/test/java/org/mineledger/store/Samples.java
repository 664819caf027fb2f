package org.mineledger.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/** Fictional test data (training only) and file helpers for the store tests. */
final class Samples {
    static final GeometryFactory GF = new GeometryFactory();

    private Samples() {
    }

    /** A square with awkward, full-precision coordinates, so any rounding shows. */
    static Polygon square(double lon, double lat, double side) {
        return GF.createPolygon(new Coordinate[] {
            new Coordinate(lon, lat), new Coordinate(lon + side, lat + side / 3),
            new Coordinate(lon + side, lat + side), new Coordinate(lon + Math.PI / 1e7, lat + side),
            new Coordinate(lon, lat)});
    }

    static HazardArea draft(int n, double lon, double lat) {
        return HazardArea.draft(HazardReference.numbered(n), "Training field " + n, HazardKind.SUSPECTED,
                HazardStatus.ACTIVE, square(lon, lat, 0.001234567890123), "fictional",
                Instant.parse("2026-11-25T05:30:00.123456Z"));
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
