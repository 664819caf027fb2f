package org.mineledger.io.csv;

import java.util.List;
import java.util.Locale;
import org.mineledger.geo.CoordinateSystem;

/**
 * Which CSV columns hold the position and how rows form features.
 *
 * @param latColumn      column of latitudes (with {@code lonColumn}), or null
 * @param lonColumn      column of longitudes, or null
 * @param positionColumn column of whole positions in {@code system} (UTM, MGRS, national grid…), or null
 * @param system         system of {@code positionColumn}; null to recognise each value (see CoordinateParser)
 * @param polygonColumn  column naming the polygon each row is a vertex of; null when each row is a point
 */
public record CsvLayout(String latColumn, String lonColumn, String positionColumn, CoordinateSystem system,
        String polygonColumn) {

    private static final List<String> LAT = List.of("lat", "latitude", "y_lat", "lat_dd");
    private static final List<String> LON = List.of("lon", "long", "longitude", "lng", "x_lon", "lon_dd");
    private static final List<String> POSITION = List.of("position", "coordinate", "coordinates", "mgrs", "utm", "grid");
    private static final List<String> POLYGON = List.of("polygon", "area", "area_id", "polygon_id", "reference");

    /** The layout guessed from header names, for whichever parts the caller left null. */
    public CsvLayout completedFrom(List<String> header) {
        String lat = latColumn != null ? latColumn : find(header, LAT);
        String lon = lonColumn != null ? lonColumn : find(header, LON);
        String pos = positionColumn;
        if (pos == null && (lat == null || lon == null)) {
            pos = find(header, POSITION);
        }
        return new CsvLayout(lat, lon, pos, system, polygonColumn);
    }

    /** The layout for points with columns recognised by name. */
    public static CsvLayout guess() {
        return new CsvLayout(null, null, null, null, null);
    }

    /** The column holding the polygon id, guessed from names, for vertex files. */
    public static String guessPolygonColumn(List<String> header) {
        return find(header, POLYGON);
    }

    private static String find(List<String> header, List<String> names) {
        for (String h : header) {
            if (names.contains(h.strip().toLowerCase(Locale.ROOT))) {
                return h;
            }
        }
        return null;
    }
}
