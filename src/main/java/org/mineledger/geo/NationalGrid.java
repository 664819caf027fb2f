package org.mineledger.geo;

import java.util.Locale;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The national grids of Finland, Poland, Lithuania, Latvia and Estonia, projected with proj4j.
 *
 * <p>The projection strings below are those of proj4j-epsg 1.3.0; they were compared with PROJ 9
 * ({@code projinfo EPSG:nnnn -o PROJ}) and are identical. All five are on ETRS89 (GRS80). ETRS89 and
 * WGS84 differ by well under 1 m in 2025 (plate motion, about 2.5 cm a year since 1989); like PROJ's
 * default {@code EPSG:4326 -> EPSG:nnnn} operation, MineLedger uses a null transformation between
 * them, so the grids agree with {@code cs2cs} to the millimetre, not with ITRF to the millimetre.
 *
 * <p>Area of use: the EPSG bounding box of each CRS ({@code projinfo}); positions outside are refused.
 */
public enum NationalGrid implements Grid {
    /** Finland: ETRS89 / TM35FIN(E,N), axis order easting, northing. */
    ETRS_TM35FIN(3067, "ETRS-TM35FIN (Finland)", false, 58.84, 19.08, 70.09, 31.59,
            "+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"),
    /** Poland: ETRS89 / Poland CS92; EPSG axis order is northing (x), easting (y). */
    PL_1992(2180, "PL-1992 (Poland)", true, 49.0, 14.14, 55.93, 24.15,
            "+proj=tmerc +lat_0=0 +lon_0=19 +k=0.9993 +x_0=500000 +y_0=-5300000 +ellps=GRS80"
                    + " +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"),
    /** Lithuania: LKS94 / Lithuania TM; northing (x), easting (y). */
    LKS94(3346, "LKS94 (Lithuania)", true, 53.89, 19.02, 56.45, 26.82,
            "+proj=tmerc +lat_0=0 +lon_0=24 +k=0.9998 +x_0=500000 +y_0=0 +ellps=GRS80"
                    + " +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"),
    /** Latvia: LKS-92 / Latvia TM; northing (x), easting (y). */
    LKS92(3059, "LKS-92 (Latvia)", true, 55.67, 19.06, 58.09, 28.24,
            "+proj=tmerc +lat_0=0 +lon_0=24 +k=0.9996 +x_0=500000 +y_0=-6000000 +ellps=GRS80"
                    + " +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"),
    /** Estonia: Estonian Coordinate System of 1997 (Lambert conformal conic 2SP); northing (x), easting (y). */
    L_EST97(3301, "L-EST97 (Estonia)", true, 57.52, 20.37, 60.0, 28.2,
            "+proj=lcc +lat_1=59.33333333333334 +lat_2=58 +lat_0=57.51755393055556 +lon_0=24 +x_0=500000"
                    + " +y_0=6375000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs");

    private final int epsg;
    private final String label;
    private final boolean northingFirst;
    private final double south;
    private final double west;
    private final double north;
    private final double east;
    private final String proj4;
    private CoordinateTransform toGrid;
    private CoordinateTransform toGeographic;

    NationalGrid(int epsg, String label, boolean northingFirst, double south, double west, double north,
            double east, String proj4) {
        this.epsg = epsg;
        this.label = label;
        this.northingFirst = northingFirst;
        this.south = south;
        this.west = west;
        this.north = north;
        this.east = east;
        this.proj4 = proj4;
    }

    public int epsg() {
        return epsg;
    }

    public String label() {
        return label;
    }

    /** True when the EPSG axis order (and national habit) puts northing (x) before easting (y). */
    public boolean northingFirst() {
        return northingFirst;
    }

    /** The middle of the EPSG area of use (a latitude/longitude box). */
    public GeoPoint centre() {
        return new GeoPoint((south + north) / 2, (west + east) / 2);
    }

    @Override
    public String id() {
        return "EPSG:" + epsg;
    }

    /** True when the point lies inside the EPSG area of use of this grid. */
    public boolean covers(GeoPoint p) {
        return p.lat() >= south && p.lat() <= north && p.lon() >= west && p.lon() <= east;
    }

    /** Convergence by differences along the meridian through the proj4j projection (TM and Lambert alike). */
    @Override
    public double convergence(GeoPoint p) {
        project(p);
        return GridConvergence.numerical(this::projectUnchecked, p);
    }

    @Override
    public double[] project(GeoPoint p) {
        if (!covers(p)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "The point %.7f, %.7f lies outside the area of %s (EPSG:%d, lat %s to %s, lon %s to %s);"
                            + " use UTM or MGRS for it.", p.lat(), p.lon(), label, epsg, south, north, west, east));
        }
        return projectUnchecked(p);
    }

    private double[] projectUnchecked(GeoPoint p) {
        ProjCoordinate out = new ProjCoordinate();
        synchronized (this) {
            transforms();
            toGrid.transform(new ProjCoordinate(p.lon(), p.lat()), out);
        }
        return new double[] {out.x, out.y};
    }

    @Override
    public GeoPoint unproject(double easting, double northing) {
        if (!Double.isFinite(easting) || !Double.isFinite(northing)) {
            throw new IllegalArgumentException("Grid position must be finite numbers.");
        }
        ProjCoordinate out = new ProjCoordinate();
        synchronized (this) {
            transforms();
            toGeographic.transform(new ProjCoordinate(easting, northing), out);
        }
        GeoPoint p = new GeoPoint(out.y, out.x);
        if (!covers(p)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s position E %.3f N %.3f lies outside the area of %s (it would be at %.5f, %.5f);"
                            + " check the numbers and their order (easting, northing).",
                    id(), easting, northing, label, p.lat(), p.lon()));
        }
        return p;
    }

    private void transforms() {
        if (toGrid == null) {
            CRSFactory crs = new CRSFactory();
            CoordinateReferenceSystem wgs84 = crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
            CoordinateReferenceSystem grid = crs.createFromParameters(id(), proj4);
            CoordinateTransformFactory f = new CoordinateTransformFactory();
            toGrid = f.createTransform(wgs84, grid);
            toGeographic = f.createTransform(grid, wgs84);
        }
    }

    /** The grid for {@code EPSG:3067} or {@code 3067}, ignoring case. */
    public static NationalGrid of(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (t.startsWith("EPSG:")) {
            t = t.substring(5);
        }
        for (NationalGrid g : values()) {
            if (t.equals(Integer.toString(g.epsg))) {
                return g;
            }
        }
        throw new IllegalArgumentException("Unknown grid '" + text + "'. Use utm<zone>, EPSG:3067 (Finland), "
                + "EPSG:2180 (Poland), EPSG:3346 (Lithuania), EPSG:3059 (Latvia) or EPSG:3301 (Estonia).");
    }
}
