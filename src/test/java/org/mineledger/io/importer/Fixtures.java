package org.mineledger.io.importer;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/** Test files and fictional training areas (TRAINING — FICTIONAL DATA) for the import and export tests. */
final class Fixtures {
    static final GeometryFactory GF = new GeometryFactory();

    private Fixtures() {
    }

    /** A file of src/test/resources/org/mineledger/io/fixtures (made with GDAL, see README.md there). */
    static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/org/mineledger/io/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A ~1 km square with a hole, at awkward full-precision coordinates. */
    static Polygon squareWithHole(double lon, double lat) {
        double s = 0.0123456789012345;
        LinearRing shell = GF.createLinearRing(new Coordinate[] {new Coordinate(lon, lat),
            new Coordinate(lon + s, lat), new Coordinate(lon + s, lat + s), new Coordinate(lon, lat + s),
            new Coordinate(lon, lat)});
        double h = s / 4;
        LinearRing hole = GF.createLinearRing(new Coordinate[] {new Coordinate(lon + h, lat + h),
            new Coordinate(lon + h, lat + 2 * h), new Coordinate(lon + 2 * h, lat + 2 * h),
            new Coordinate(lon + 2 * h, lat + h), new Coordinate(lon + h, lat + h)});
        return GF.createPolygon(shell, new LinearRing[] {hole});
    }

    static HazardArea area(int n, HazardKind kind, HazardStatus status, String name) {
        return HazardArea.draft(HazardReference.numbered(n), name, kind, status,
                squareWithHole(30.5 + n * 0.03, 50.4 + n * 0.001), "TRAINING — FICTIONAL DATA, \"quoted\", comma",
                Instant.parse("2026-11-25T05:30:00.123Z"));
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
