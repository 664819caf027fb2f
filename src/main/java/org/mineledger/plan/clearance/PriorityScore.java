package org.mineledger.plan.clearance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.index.strtree.STRtree;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Utm;
import org.mineledger.geo.UtmPosition;

/**
 * Ranks hazards for clearance by a weighted sum the user can read and change: nearness to settlements, roads,
 * farmland and water, blocked access, a community request and casualties reported. Nearest points are found in
 * the hazard's UTM zone; the distance printed is the geodesic between them. Map features are projected and
 * indexed once per zone and kept, so use one instance per ranking and from one thread.
 */
public final class PriorityScore {
    private final PriorityWeights weights;
    private final NearbyFeatures features;
    private final java.util.Map<IndexKey, STRtree> indexes = new java.util.HashMap<>();

    public PriorityScore(PriorityWeights weights, NearbyFeatures features) {
        this.weights = Objects.requireNonNull(weights, "weights");
        this.features = Objects.requireNonNull(features, "features");
    }

    /** All hazards, highest score first (ties by reference), each with its rank and reasons. */
    public List<PriorityResult> rank(List<PriorityInput> hazards) {
        List<PriorityResult> scored = new ArrayList<>();
        for (PriorityInput h : hazards) {
            List<PriorityResult.Part> parts = parts(h);
            scored.add(new PriorityResult(h.reference(), 0, parts.stream().mapToDouble(PriorityResult.Part::points)
                    .sum(), parts));
        }
        scored.sort(Comparator.comparingDouble(PriorityResult::score).reversed()
                .thenComparing(PriorityResult::reference));
        List<PriorityResult> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            PriorityResult r = scored.get(i);
            ranked.add(new PriorityResult(r.reference(), i + 1, r.score(), r.parts()));
        }
        return List.copyOf(ranked);
    }

    private List<PriorityResult.Part> parts(PriorityInput h) {
        List<PriorityResult.Part> parts = new ArrayList<>();
        proximity(parts, h, "settlement", features.settlements(), weights.settlement());
        proximity(parts, h, "road", features.roads(), weights.road());
        proximity(parts, h, "farmland", features.farmland(), weights.farmland());
        proximity(parts, h, "water", features.water(), weights.water());
        if (h.blockedAccess() && weights.blockedAccess() > 0) {
            parts.add(new PriorityResult.Part("blocked access", h.details().blockedText(), weights.blockedAccess()));
        }
        if (h.communityRequest() && weights.communityRequest() > 0) {
            parts.add(new PriorityResult.Part("community request", h.details().requestText(),
                    weights.communityRequest()));
        }
        if (h.casualties() > 0 && weights.casualties() > 0) {
            double share = Math.min(1.0, h.casualties() / (double) PriorityWeights.CASUALTIES_FOR_FULL_WEIGHT);
            parts.add(new PriorityResult.Part("casualties", h.details().casualtyText(),
                    weights.casualties() * share));
        }
        parts.sort(Comparator.comparingDouble(PriorityResult.Part::points).reversed());
        return parts;
    }

    private void proximity(List<PriorityResult.Part> parts, PriorityInput h, String factor, List<Geometry> targets,
            double weight) {
        if (weight <= 0 || targets.isEmpty()) {
            return;
        }
        double d = nearestM(h.lonLat(), targets);
        if (d < weights.reachM()) {
            double points = weight * (1 - d / weights.reachM());
            parts.add(new PriorityResult.Part(factor, String.format(Locale.ROOT, "%s %.0f m", factor, d), points));
        }
    }

    /** Geodesic distance in metres from the hazard to the nearest target within reach; infinity when none. */
    double nearestM(Geometry hazard, List<Geometry> targets) {
        Point c = hazard.getCentroid();
        GeoPoint centre = new GeoPoint(c.getY(), c.getX());
        int zone = Utm.standardZone(centre);
        Geometry hazardGrid = toUtm(hazard, zone);
        Envelope search = hazardGrid.getEnvelopeInternal().copy();
        search.expandBy(weights.reachM() * 1.01);
        double best = Double.POSITIVE_INFINITY;
        for (Object o : index(targets, zone).query(search)) {
            Coordinate[] pts = DistanceOp.nearestPoints(hazardGrid, (Geometry) o);
            if (pts[0].distance(pts[1]) == 0) {
                return 0;
            }
            GeoPoint a = Utm.inverse(new UtmPosition(zone, centre.lat() >= 0, pts[0].x, pts[0].y));
            GeoPoint b = Utm.inverse(new UtmPosition(zone, centre.lat() >= 0, pts[1].x, pts[1].y));
            best = Math.min(best, Geodesic.WGS84.Inverse(a.lat(), a.lon(), b.lat(), b.lon()).s12);
        }
        return best;
    }

    /** The targets projected once into a zone and indexed; those the zone cannot hold are too far to count. */
    private STRtree index(List<Geometry> targets, int zone) {
        return indexes.computeIfAbsent(new IndexKey(targets, zone), k -> {
            STRtree tree = new STRtree();
            for (Geometry t : targets) {
                try {
                    Geometry g = toUtm(t, zone);
                    tree.insert(g.getEnvelopeInternal(), g);
                } catch (IllegalArgumentException outsideZone) {
                    continue; // hundreds of km away: beyond any priority reach
                }
            }
            tree.build();
            return tree;
        });
    }

    /** Identity of a target list (one per factor) and a zone. */
    private record IndexKey(List<Geometry> targets, int zone) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IndexKey k && k.targets == targets && k.zone == zone;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(targets) * 61 + zone;
        }
    }

    private static Geometry toUtm(Geometry lonLat, int zone) {
        Geometry g = lonLat.copy();
        g.apply((CoordinateFilter) co -> {
            UtmPosition u = Utm.forward(new GeoPoint(co.y, co.x), zone);
            co.x = u.easting();
            co.y = u.northing();
        });
        g.geometryChanged();
        return g;
    }
}
