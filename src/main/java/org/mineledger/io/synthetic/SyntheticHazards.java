package org.mineledger.io.synthetic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.Distance;
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.GeoPoint;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.map.BaseFeature;
import org.mineledger.map.BaseMap;
import org.mineledger.map.LayerKind;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/**
 * Synthetic hazard areas for load tests and benchmarks: star-shaped polygons (8–200 vertices, a few
 * hectares) on land in Finland, Estonia, Latvia, Lithuania and Poland (Natural Earth outlines from the
 * bundled world map). Deterministic for a seed. Never real data: every name says "SYNTHETIC".
 */
public final class SyntheticHazards {
    /** Countries the areas are spread over (Natural Earth short names). */
    public static final Set<String> COUNTRIES = Set.of("Finland", "Estonia", "Latvia", "Lithuania", "Poland");
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final HazardKind[] KINDS = HazardKind.values();
    private static final HazardStatus[] STATUSES = HazardStatus.values();

    private final List<IndexedPointInAreaLocator> land = new ArrayList<>();
    private final List<Envelope> boxes = new ArrayList<>();
    private final SplittableRandom random;

    /** Generator over the bundled world map's outlines of {@link #COUNTRIES}. */
    public SyntheticHazards(long seed) {
        this(new BaseMapReader().load("world"), seed);
    }

    SyntheticHazards(BaseMap world, long seed) {
        for (BaseFeature f : world.layer(LayerKind.COUNTRY_BORDER).orElseThrow().features()) {
            if (COUNTRIES.contains(f.label())) {
                land.add(new IndexedPointInAreaLocator(f.geometry()));
                boxes.add(f.geometry().getEnvelopeInternal());
            }
        }
        if (land.size() != COUNTRIES.size()) {
            throw new IllegalStateException("The bundled world map lacks some of " + COUNTRIES);
        }
        this.random = new SplittableRandom(seed);
    }

    /** {@code count} new (unstored) areas numbered from {@code firstNumber}, e.g. HA-0001. */
    public List<HazardArea> generate(int count, int firstNumber, Instant now) {
        if (count < 0) {
            throw new IllegalArgumentException("The number of hazard areas must not be negative: " + count);
        }
        List<HazardArea> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int number = firstNumber + i;
            HazardKind kind = KINDS[random.nextInt(KINDS.length)];
            HazardStatus status = STATUSES[random.nextInt(STATUSES.length)];
            out.add(HazardArea.draft(new HazardReference(String.format("HA-%04d", number)),
                    "SYNTHETIC area " + number, kind, status, polygon(),
                    "Synthetic test data made by 'mineledger generate'; not a real hazard.", now));
        }
        return out;
    }

    /** A star-shaped ring around a point on land: valid by construction, radius 40–250 m. */
    private Polygon polygon() {
        GeoPoint centre = pointOnLand();
        int vertices = 8 + random.nextInt(193);
        double radius = 40 + random.nextDouble() * 210;
        Coordinate[] ring = new Coordinate[vertices + 1];
        double phase = random.nextDouble() * 360;
        for (int i = 0; i < vertices; i++) {
            double azimuth = phase + 360.0 * i / vertices;
            double r = radius * (0.6 + 0.4 * random.nextDouble());
            GeoPoint p = Geodesy.direct(centre, azimuth, Distance.ofMetres(r));
            ring[i] = new Coordinate(p.lon(), p.lat());
        }
        ring[vertices] = ring[0].copy();
        // Azimuths increase clockwise; reverse so the shell is counter-clockwise as GeoPackage readers expect.
        Polygon p = FACTORY.createPolygon(ring);
        return (Polygon) p.reverse();
    }

    private GeoPoint pointOnLand() {
        while (true) {
            int c = random.nextInt(land.size());
            Envelope box = boxes.get(c);
            double lon = box.getMinX() + random.nextDouble() * box.getWidth();
            double lat = box.getMinY() + random.nextDouble() * box.getHeight();
            if (land.get(c).locate(new Coordinate(lon, lat)) == Location.INTERIOR) {
                return new GeoPoint(lat, lon);
            }
        }
    }
}
