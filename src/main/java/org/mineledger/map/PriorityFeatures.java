package org.mineledger.map;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.mineledger.plan.clearance.NearbyFeatures;

/** The base-map features a clearance priority is measured against: villages, roads and tracks, farmland, water. */
public final class PriorityFeatures {
    private PriorityFeatures() {
    }

    public static NearbyFeatures from(List<BaseMap> maps) {
        List<Geometry> settlements = new ArrayList<>();
        List<Geometry> roads = new ArrayList<>();
        List<Geometry> farmland = new ArrayList<>();
        List<Geometry> water = new ArrayList<>();
        for (BaseMap map : maps) {
            for (BaseLayer layer : map.layers()) {
                List<Geometry> target = switch (layer.kind()) {
                    case VILLAGE -> settlements;
                    case ROAD, TRACK -> roads;
                    case FARMLAND -> farmland;
                    case LAKE, RIVER -> water;
                    default -> null;
                };
                if (target != null) {
                    layer.features().forEach(f -> target.add(f.geometry()));
                }
            }
        }
        return new NearbyFeatures(settlements, roads, farmland, water);
    }
}
