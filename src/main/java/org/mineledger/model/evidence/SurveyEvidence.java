package org.mineledger.model.evidence;

import java.time.Instant;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.mineledger.model.HazardReference;

/**
 * A point or line recorded in the field as survey evidence (a GPS waypoint at a find or a hazard indicator, a
 * track walked by a survey team), kept with where it was imported from.
 *
 * @param id            workspace id, 0 before it is stored
 * @param geometry      a {@link Point} or {@link LineString} in WGS84 (x = longitude, y = latitude)
 * @param name          name given in the field, may be empty
 * @param time          when it was recorded (GPS time), or null when the file does not say
 * @param elevationM    elevation above the WGS84 ellipsoid or mean sea level as the GPS gave it, metres, or null
 * @param sourceFile    file name it was imported from, e.g. {@code team3.gpx}
 * @param sourceFeature feature id within that file, e.g. {@code wpt 4 (line 12, column 3)}
 * @param hazard        hazard area it belongs to, or null
 * @param notes         description or comment, may be empty
 */
public record SurveyEvidence(long id, Geometry geometry, String name, Instant time, Double elevationM,
        String sourceFile, String sourceFeature, HazardReference hazard, String notes) {

    public SurveyEvidence {
        Objects.requireNonNull(geometry, "geometry");
        if (!(geometry instanceof Point || geometry instanceof LineString) || geometry.isEmpty()) {
            throw new IllegalArgumentException("survey evidence is a point or a line, not a "
                    + geometry.getGeometryType() + ".");
        }
        for (var c : geometry.getCoordinates()) {
            if (!(Math.abs(c.y) <= 90 && Math.abs(c.x) <= 180)) {
                throw new IllegalArgumentException("position lat " + c.y + " lon " + c.x
                        + " is outside the globe (lat -90..90, lon -180..180).");
            }
        }
        if (elevationM != null && !Double.isFinite(elevationM)) {
            throw new IllegalArgumentException("the elevation " + elevationM + " m is not a number.");
        }
        name = name == null ? "" : name.strip();
        notes = notes == null ? "" : notes.strip();
        sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
        sourceFeature = Objects.requireNonNull(sourceFeature, "sourceFeature");
    }

    /** True for a waypoint, false for a track or route line. */
    public boolean isPoint() {
        return geometry instanceof Point;
    }

    public SurveyEvidence withId(long newId) {
        return new SurveyEvidence(newId, geometry, name, time, elevationM, sourceFile, sourceFeature, hazard, notes);
    }
}
