package org.mineledger.plan.clearance;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** Map features the priority score measures distances to, in lon/lat (the caller takes them from the base map). */
public record NearbyFeatures(List<Geometry> settlements, List<Geometry> roads, List<Geometry> farmland,
        List<Geometry> water) {
    public NearbyFeatures {
        settlements = List.copyOf(settlements);
        roads = List.copyOf(roads);
        farmland = List.copyOf(farmland);
        water = List.copyOf(water);
    }

    public static NearbyFeatures none() {
        return new NearbyFeatures(List.of(), List.of(), List.of(), List.of());
    }
}
