package org.mineledger.io.importer;

import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * Where a coordinate system is meant to be used, as WGS84 longitude/latitude bounds with a margin: the EPSG
 * registry's area of use ({@code projinfo EPSG:N}, PROJ 9.1.1) widened by 1 degree, and UTM zones by one zone
 * each side, because files in the zone next door are common.
 */
public record AreaOfUse(String name, double west, double south, double east, double north) {
    private static final double MARGIN = 1;
    private static final Map<Integer, AreaOfUse> NATIONAL = Map.of(
            3067, new AreaOfUse("Finland", 19.08, 58.84, 31.59, 70.09),
            3301, new AreaOfUse("Estonia", 20.37, 57.52, 28.2, 60),
            2180, new AreaOfUse("Poland", 14.14, 49, 24.15, 55.93),
            3059, new AreaOfUse("Latvia", 19.06, 55.67, 28.24, 58.09),
            3346, new AreaOfUse("Lithuania", 19.02, 53.89, 26.82, 56.45),
            3035, new AreaOfUse("Europe", -35.58, 24.6, 44.83, 84.73));

    /** The area of use of {@code EPSG:epsg}, or empty when MineLedger does not know it. */
    public static Optional<AreaOfUse> of(int epsg) {
        AreaOfUse national = NATIONAL.get(epsg);
        if (national != null) {
            return Optional.of(national);
        }
        int zone = epsg % 100;
        int series = epsg - zone;
        if (zone < 1 || zone > 60 || (series != 32600 && series != 32700 && series != 25800)) {
            return Optional.empty();
        }
        double west = -180 + 6 * (zone - 1);
        boolean south = series == 32700;
        return Optional.of(new AreaOfUse("UTM zone " + zone + (south ? "S" : "N"), west - 6, south ? -80 : 0,
                west + 12, south ? 0 : 84));
    }

    /** Whether {@code lonLat} lies inside the area, margin included. */
    public boolean contains(Envelope lonLat) {
        return lonLat.getMinX() >= west - MARGIN && lonLat.getMaxX() <= east + MARGIN
                && lonLat.getMinY() >= south - MARGIN && lonLat.getMaxY() <= north + MARGIN;
    }
}
