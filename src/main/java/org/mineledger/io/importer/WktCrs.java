package org.mineledger.io.importer;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the EPSG code of a WKT coordinate system (ESRI {@code .prj}, OGC WKT1, WKT2): by its outermost
 * {@code AUTHORITY["EPSG",...]}/{@code ID["EPSG",...]}, else by the names ESRI and GDAL give the systems
 * MineLedger's users work in (WGS84, UTM, ETRS89, ETRS89-LAEA and the national grids of DOMAIN.md). The names
 * are those of GDAL 3 ({@code gdalsrsinfo -o wkt_esri} and {@code -o wkt_simple}) and of older GDAL and ArcGIS.
 */
public final class WktCrs {
    private static final Pattern AUTHORITY = Pattern.compile("(?:AUTHORITY|ID)\\s*\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?");
    private static final Pattern FIRST_NAME =
            Pattern.compile("^\\s*(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS)\\s*\\[\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern UTM = Pattern.compile("(wgs_?1984|wgs_84|etrs_?1989|etrs89)_utm_zone_(\\d{1,2})([ns])");
    private static final Map<String, Integer> NAMES = Map.ofEntries(
            Map.entry("gcs_wgs_1984", 4326), Map.entry("wgs_84", 4326), Map.entry("wgs84", 4326),
            Map.entry("gcs_etrs_1989", 4258), Map.entry("etrs89", 4258),
            Map.entry("etrs_1989_tm35fin", 3067), Map.entry("etrs_1989_tm35fin_e_n", 3067),
            Map.entry("etrs89_tm35fin_e_n", 3067), Map.entry("etrs_tm35fin", 3067), Map.entry("euref_fin_tm35fin", 3067),
            Map.entry("etrs_1989_poland_cs92", 2180), Map.entry("etrs89_poland_cs92", 2180),
            Map.entry("etrf2000_pl_cs92", 2180),
            Map.entry("lks_1994_lithuania_tm", 3346), Map.entry("lks94_lithuania_tm", 3346),
            Map.entry("lks_1992_latvia_tm", 3059), Map.entry("lks92_latvia_tm", 3059),
            Map.entry("estonian_coordinate_system_of_1997", 3301), Map.entry("est97", 3301),
            Map.entry("estonia_1997_estonia_national_grid", 3301),
            Map.entry("etrs_1989_laea", 3035), Map.entry("etrs89_laea_europe", 3035),
            Map.entry("etrs89_extended_laea_europe", 3035),
            Map.entry("wgs_1984_web_mercator_auxiliary_sphere", 3857), Map.entry("wgs_84_pseudo_mercator", 3857));

    private WktCrs() {
    }

    /** The EPSG code of {@code wkt}, or empty when it is not recognised. */
    public static OptionalInt epsg(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            return OptionalInt.empty();
        }
        Matcher a = AUTHORITY.matcher(wkt);
        String last = null;
        while (a.find()) {
            last = a.group(1);
        }
        Matcher n = FIRST_NAME.matcher(wkt);
        if (last != null && isOutermostAuthorityAtEnd(wkt, last)) {
            return OptionalInt.of(Integer.parseInt(last));
        }
        if (!n.find()) {
            return OptionalInt.empty();
        }
        String name = n.group(2).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        Integer known = NAMES.get(name);
        if (known != null) {
            return OptionalInt.of(known);
        }
        Matcher utm = UTM.matcher(name);
        if (utm.find()) {
            int zone = Integer.parseInt(utm.group(2));
            if (zone >= 1 && zone <= 60) {
                boolean etrs = utm.group(1).startsWith("etrs");
                if (etrs && utm.group(3).equals("n")) {
                    return OptionalInt.of(25800 + zone);
                }
                return OptionalInt.of((utm.group(3).equals("n") ? 32600 : 32700) + zone);
            }
        }
        return OptionalInt.empty();
    }

    /** The last EPSG authority belongs to the whole system when only closing brackets follow it. */
    private static boolean isOutermostAuthorityAtEnd(String wkt, String code) {
        int at = wkt.lastIndexOf(code);
        String tail = wkt.substring(at + code.length()).replaceAll("[\\s\"\\]]", "");
        return tail.isEmpty();
    }
}
