package org.mineledger.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/** Distances and bearings on the WGS84 ellipsoid by Karney's geodesic algorithms (GeographicLib), never planar. */
public final class Geodesy {
    private Geodesy() {
    }

    /** Distance and azimuths from {@code a} to {@code b} (the inverse problem). */
    public static GeodesicInverse inverse(GeoPoint a, GeoPoint b) {
        GeodesicData g = Geodesic.WGS84.Inverse(a.lat(), a.lon(), b.lat(), b.lon());
        return new GeodesicInverse(new Distance(g.s12), g.azi1, g.azi2);
    }

    /** The point reached from {@code from} along a true azimuth in degrees for a distance (the direct problem). */
    public static GeoPoint direct(GeoPoint from, double trueAzimuthDegrees, Distance distance) {
        GeodesicData g = Geodesic.WGS84.Direct(from.lat(), from.lon(), trueAzimuthDegrees, distance.metres());
        return GeoPoint.ofWrapped(g.lat2, g.lon2);
    }

    /** The point reached along a true bearing; grid and magnetic bearings must be converted first. */
    public static GeoPoint direct(GeoPoint from, Bearing trueBearing, Distance distance) {
        if (trueBearing.north() != NorthReference.TRUE) {
            throw new IllegalArgumentException("Bearing " + trueBearing
                    + " is not a true bearing; convert grid or magnetic bearings first.");
        }
        return direct(from, trueBearing.degrees(), distance);
    }
}
