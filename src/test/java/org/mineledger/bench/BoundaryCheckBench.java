package org.mineledger.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.mineledger.model.BoundaryRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Checking the boundaries of 50,000 hazard areas, as an import does: JTS {@code IsValidOp} alone against
 * {@link BoundaryRules#check} (ring checks, then the exact segment-pair proof for short rings without holes).
 * The rings are valid and star-shaped at WGS84 coordinates. Warm:
 * {@code java -cp target/test-classes:target/classes:CLASSPATH org.openjdk.jmh.Main BoundaryCheckBench -f 1}.
 * Cold (the first pass in a fresh JVM, as in the CLI): add {@code -bm ss -wi 0 -i 1 -f 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BoundaryCheckBench {
    private static final int AREAS = 50_000;

    /** Corners per ring: a typical small area, a detailed one, the longest on the fast path. */
    @Param({"6", "24", "63"})
    public int corners;

    private Polygon[] polygons;

    @Setup(Level.Trial)
    public void makeRings() {
        GeometryFactory factory = new GeometryFactory();
        Random random = new Random(42);
        polygons = new Polygon[AREAS];
        for (int n = 0; n < AREAS; n++) {
            double cx = 30 + random.nextDouble();
            double cy = 50 + random.nextDouble();
            Coordinate[] c = new Coordinate[corners + 1];
            for (int i = 0; i < corners; i++) {
                double angle = (i + 0.8 * random.nextDouble()) * 2 * Math.PI / corners;
                double radius = 0.0005 + 0.004 * random.nextDouble();
                c[i] = new Coordinate(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
            }
            c[corners] = c[0].copy();
            polygons[n] = factory.createPolygon(c);
        }
    }

    @Benchmark
    public int isValidOp() {
        int valid = 0;
        for (Polygon p : polygons) {
            valid += new IsValidOp(p).getValidationError() == null ? 1 : 0;
        }
        return valid;
    }

    @Benchmark
    public int boundaryRulesCheck() {
        for (Polygon p : polygons) {
            BoundaryRules.check(p);
        }
        return polygons.length;
    }
}
