package org.mineledger.geo;

import java.util.Locale;

/** A way of writing a position: it reads text into a {@link GeoPoint} and writes one at a stated precision. */
public sealed interface CoordinateSystem permits GeographicSystem, UtmSystem, MgrsSystem, NationalGridSystem {
    CoordinateSystem LATLON = new GeographicSystem(false);
    CoordinateSystem DMS = new GeographicSystem(true);
    CoordinateSystem UTM = new UtmSystem();
    CoordinateSystem MGRS = new MgrsSystem();
    /** Ids of the systems a user can choose, in the order menus list them. */
    java.util.List<String> IDS = java.util.List.of("latlon", "dms", "utm", "mgrs", "epsg:3067", "epsg:2180",
            "epsg:3346", "epsg:3059", "epsg:3301");

    /** The name used on the command line: {@code latlon}, {@code dms}, {@code utm}, {@code mgrs}, {@code epsg:3067}. */
    String id();

    /** Reads a position; throws {@link CoordinateFormatException} naming the column at fault. */
    GeoPoint parse(String text);

    /** Writes a position so that reading it back lands within {@code precision} of it. */
    String format(GeoPoint p, Precision precision);

    /** The system named {@code latlon}, {@code dms}, {@code utm}, {@code mgrs} or {@code epsg:NNNN}. */
    static CoordinateSystem of(String id) {
        String t = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "latlon", "ll", "dd", "wgs84", "epsg:4326":
                return LATLON;
            case "dms":
                return DMS;
            case "utm":
                return UTM;
            case "mgrs":
                return MGRS;
            default:
                if (t.startsWith("epsg:")) {
                    return new NationalGridSystem(NationalGrid.of(t));
                }
                throw new IllegalArgumentException("Unknown coordinate system '" + id
                        + "'. Use latlon, dms, utm, mgrs or epsg:3067, epsg:2180, epsg:3346, epsg:3059, epsg:3301.");
        }
    }
}
