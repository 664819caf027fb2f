package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/**
 * The reused writers of a bulk import give exactly what the one-at-a-time code gives: the audit hashes of the
 * canonical form every existing workspace was chained with (else old chains would break), the same audit JSON
 * and the same geometry blobs.
 */
class BulkEncodingTest {
    /** Texts that JSON must escape or encode with care: quotes, backslashes, control characters, non-ASCII. */
    private static final List<String> AWKWARD = List.of("", "plain", "quote \" and \\ backslash",
            "tab\tnew line\nreturn\r bell\u0007 nul\u0000 del\u007f", "Ле́бедин — Лука́ш 🚩 \u2028 \u2029",
            "{\"id\":1,\"polygon\":[[[30.000046300735782,50.00003733119314]]],\"source\":{\"file\":\"a.gpkg\"}}");

    @Test
    void auditHashesAreThoseOfTheObjectMapperCanonicalForm() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long seq = 1;
        for (String a : AWKWARD) {
            for (String b : AWKWARD) {
                String before = b.isEmpty() ? null : b;
                String prev = HexFormat.of().formatHex(sha.digest(a.getBytes(StandardCharsets.UTF_8)));
                // the canonical form as the audit trail defines it, written here independently of AuditLog
                String canonical = mapper.writeValueAsString(Arrays.asList(seq, "2026-11-27T18:00:00.000Z",
                        a, "CREATE", "hazard_area", seq * 7, before, a + b, prev));
                String expected = HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));

                String actual = AuditHasher.hash(seq, "2026-11-27T18:00:00.000Z", a, "CREATE", "hazard_area",
                        seq * 7, before, a + b, prev);

                assertThat(actual).as("entry %d", seq).isEqualTo(expected);
                seq++;
            }
        }
    }

    @Test
    void longEntriesHashAsTheirCanonicalFormWhereverTheirSurrogatesFall() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        java.util.Random random = new java.util.Random(9);
        String[] pieces = {"\"", "\\", "a", "é", "🚩", "\uD83D", "\uDEA9", "\n", "\u0001", "Ле́", "{\"id\":7}"};
        for (int n = 0; n < 40; n++) {
            StringBuilder b = new StringBuilder();
            // long enough to cross the JSON generator's buffer several times, at random places
            while (b.length() < 9000 + random.nextInt(30000)) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String after = b.toString();
            String prev = "0".repeat(64);
            String canonical = mapper.writeValueAsString(Arrays.asList(n + 1L, "2026-11-27T18:00:00.000Z", "field",
                    "CREATE", "hazard_import", 3L, null, after, prev));
            String expected = HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
            assertThat(AuditHasher.hash(n + 1L, "2026-11-27T18:00:00.000Z", "field", "CREATE", "hazard_import", 3L,
                    null, after, prev)).as("entry %d", n).isEqualTo(expected);
        }
    }

    @Test
    void polygonBlobIsHeaderEnvelopeAndTheWkbOfJts() {
        for (Polygon p : List.of(Samples.square(30.123456789012345, 50.98765432109876, 0.001234567890123),
                withHole(-179.5, -89.0), withHole(12.5, 0.0))) {
            byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(p);
            Envelope e = p.getEnvelopeInternal();
            ByteBuffer expected = ByteBuffer.allocate(40 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
            // GeoPackage 1.4 clause 2.1.3: 'GP', version 0, flags 0b011 (little-endian, XY envelope), srs_id
            expected.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 3).putInt(4326);
            expected.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
            expected.put(wkb);

            HazardArea area = HazardArea.draft(HazardReference.numbered(1), "Training area", HazardKind.SUSPECTED,
                    HazardStatus.ACTIVE, p, "", Instant.parse("2026-11-27T18:00:00Z"));
            byte[] blob = GeoPackageGeometry.encode(area);

            assertThat(blob).isEqualTo(expected.array());
            assertThat(GeoPackageGeometry.encode(p)).isEqualTo(expected.array());
            assertThat(GeoPackageGeometry.decode(blob).equalsExact(p)).isTrue();
        }
    }

    /** A square of 0.01° with a square hole, both rings with full-precision coordinates. */
    private static Polygon withHole(double lon, double lat) {
        LinearRing shell = Samples.GF.createLinearRing(new Coordinate[] {new Coordinate(lon, lat),
            new Coordinate(lon + 0.01, lat), new Coordinate(lon + 0.01, lat + 0.01 / 3),
            new Coordinate(lon, lat + 0.01 / 3), new Coordinate(lon, lat)});
        LinearRing hole = Samples.GF.createLinearRing(new Coordinate[] {new Coordinate(lon + 0.001, lat + 0.001),
            new Coordinate(lon + 0.001, lat + 0.002), new Coordinate(lon + Math.E / 1000, lat + 0.002),
            new Coordinate(lon + 0.001, lat + 0.001)});
        return Samples.GF.createPolygon(shell, new LinearRing[] {hole});
    }
}
