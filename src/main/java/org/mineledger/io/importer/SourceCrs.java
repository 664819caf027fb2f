package org.mineledger.io.importer;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.proj.LongLatProjection;

/**
 * The coordinate reference system of a source file, by EPSG code, and the proj4j transformation that takes
 * its coordinates (x = easting or longitude, y = northing or latitude) to WGS84 longitude and latitude.
 * Not thread-safe: one instance per reader.
 */
public final class SourceCrs {
    public static final int WGS84 = 4326;
    private final int epsg;
    private final CoordinateTransform toWgs84;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    /** Made when a file in another system is first read: files in WGS84 load none of proj4j. */
    private static final class Proj {
        static final CRSFactory CRS = new CRSFactory();
    }

    private SourceCrs(int epsg, CoordinateTransform toWgs84) {
        this.epsg = epsg;
        this.toWgs84 = toWgs84;
    }

    /** WGS84 longitude/latitude: coordinates are used as they are. */
    public static SourceCrs wgs84() {
        return new SourceCrs(WGS84, null);
    }

    /** The CRS {@code EPSG:code}; throws {@link IllegalArgumentException} saying it is not known. */
    public static SourceCrs epsg(int code) {
        if (code == WGS84 || code == 4258) {
            // ETRS89 (4258) differs from WGS84 by under 1 m; like PROJ's default operation, no shift is applied.
            return new SourceCrs(code, null);
        }
        try {
            CoordinateReferenceSystem source = Proj.CRS.createFromName("EPSG:" + code);
            CoordinateReferenceSystem target = Proj.CRS.createFromName("EPSG:" + WGS84);
            return new SourceCrs(code, new CoordinateTransformFactory().createTransform(source, target));
        } catch (Proj4jException | IllegalStateException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("the coordinate system EPSG:" + code + " is not known to MineLedger ("
                    + e.getMessage() + ")", e);
        }
    }

    public int epsgCode() {
        return epsg;
    }

    /** Whether coordinates in this system are longitude and latitude in degrees rather than metres. */
    public boolean isGeographic() {
        return toWgs84 == null || toWgs84.getSourceCRS().getProjection() instanceof LongLatProjection;
    }

    /** Transforms {@code g} in place to WGS84; throws {@link IllegalArgumentException} on a failed point. */
    public Geometry toWgs84(Geometry g) {
        if (toWgs84 == null || g == null) {
            return g;
        }
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                try {
                    toWgs84.transform(in, out);
                } catch (Proj4jException e) {
                    throw new IllegalArgumentException("point " + in.x + ", " + in.y + " cannot be transformed from "
                            + "EPSG:" + epsg + ": " + e.getMessage(), e);
                }
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        g.geometryChanged();
        return g;
    }
}
