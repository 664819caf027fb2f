package org.mineledger.model;

import java.time.Instant;
import java.util.Objects;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * A hazard area: a polygon on WGS84 (x = longitude, y = latitude, degrees) with what is known of it.
 *
 * @param id        database id, 0 for an area not stored yet
 * @param reference human reference such as {@code HA-0001}
 * @param polygon   boundary, valid per JTS, closed, in WGS84 degrees
 * @param createdAt UTC time the area was first stored
 * @param updatedAt UTC time of the last change
 */
public record HazardArea(long id, HazardReference reference, String name, HazardKind kind, HazardStatus status,
        Polygon polygon, String notes, Instant createdAt, Instant updatedAt) {

    public HazardArea {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        name = name == null ? "" : name.strip();
        notes = notes == null ? "" : notes;
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Hazard area " + reference + " needs a name.");
        }
        Objects.requireNonNull(polygon, "polygon");
        if (polygon.getUserData() == CHECKED_BEFORE) {
            // handed over by stored(): its full validity was checked before it was written
            polygon.setUserData(null);
            BoundaryRules.checkRings(polygon);
        } else if (polygon.getUserData() == HANDED_OVER) {
            // handed over by draftTakingOver(): checked in full, kept without a copy
            polygon.setUserData(null);
            BoundaryRules.check(polygon);
        } else {
            BoundaryRules.check(polygon);
            polygon = (Polygon) polygon.copy();
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("Hazard area " + reference + " was updated before it was created.");
        }
    }

    /** Marks a polygon handed to {@link #stored}; private, so no other code can skip the validity check. */
    private static final Object CHECKED_BEFORE = new Object();
    /** Marks a polygon handed to {@link #draftTakingOver}: checked in full, but not copied. */
    private static final Object HANDED_OVER = new Object();

    /**
     * An area read back from a workspace that MineLedger wrote: its polygon passed {@link BoundaryRules#check}
     * before it was stored, so only the cheap ring checks of {@link BoundaryRules#checkRings} (closed, three
     * corners, on the globe) run again; the topology check (self-intersections), which dominates opening a
     * large workspace, does not. The polygon is handed over, not copied: the caller must not use it afterwards.
     * {@code mineledger check} and the editor still check every polygon in full.
     */
    public static HazardArea stored(long id, HazardReference reference, String name, HazardKind kind,
            HazardStatus status, Polygon polygon, String notes, Instant createdAt, Instant updatedAt) {
        polygon.setUserData(CHECKED_BEFORE);
        try {
            return new HazardArea(id, reference, name, kind, status, polygon, notes, createdAt, updatedAt);
        } finally {
            polygon.setUserData(null);
        }
    }

    /** The polygon's longitude/latitude envelope, without copying the polygon. */
    public Envelope envelope() {
        return new Envelope(polygon.getEnvelopeInternal());
    }

    /** How many rings the polygon has: the boundary, then its holes. */
    public int ringCount() {
        return 1 + polygon.getNumInteriorRing();
    }

    /**
     * Ring {@code r} (0 = boundary, then the holes) as fresh arrays {@code {longitudes, latitudes}}, closing
     * vertex included; without copying the polygon, for drawing many areas.
     */
    public double[][] ring(int r) {
        CoordinateSequence seq = (r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1))
                .getCoordinateSequence();
        double[] lon = new double[seq.size()];
        double[] lat = new double[seq.size()];
        for (int i = 0; i < lon.length; i++) {
            lon[i] = seq.getX(i);
            lat[i] = seq.getY(i);
        }
        return new double[][] {lon, lat};
    }

    /**
     * As {@link #draft}, but the polygon is handed over, not copied: the caller must not change it afterwards.
     * For imports, which make tens of thousands of drafts from polygons they just read and never change.
     */
    public static HazardArea draftTakingOver(HazardReference reference, String name, HazardKind kind,
            HazardStatus status, Polygon polygon, String notes, Instant now) {
        Objects.requireNonNull(polygon, "polygon").setUserData(HANDED_OVER);
        try {
            return new HazardArea(0, reference, name, kind, status, polygon, notes, now, now);
        } finally {
            polygon.setUserData(null);
        }
    }

    /** A new area not yet stored, created and updated at {@code now}. */
    public static HazardArea draft(HazardReference reference, String name, HazardKind kind, HazardStatus status,
            Polygon polygon, String notes, Instant now) {
        return new HazardArea(0, reference, name, kind, status, polygon, notes, now, now);
    }

    @Override
    public Polygon polygon() {
        return (Polygon) polygon.copy();
    }

    public HazardArea withId(long newId) {
        return new HazardArea(newId, reference, name, kind, status, polygon, notes, createdAt, updatedAt);
    }

    public HazardArea withStatus(HazardStatus newStatus, Instant now) {
        return new HazardArea(id, reference, name, kind, newStatus, polygon, notes, createdAt, now);
    }

    public HazardArea withPolygon(Polygon newPolygon, Instant now) {
        return new HazardArea(id, reference, name, kind, status, newPolygon, notes, createdAt, now);
    }

    public HazardArea withDetails(String newName, HazardKind newKind, String newNotes, Instant now) {
        return new HazardArea(id, reference, newName, newKind, status, polygon, newNotes, createdAt, now);
    }
}
