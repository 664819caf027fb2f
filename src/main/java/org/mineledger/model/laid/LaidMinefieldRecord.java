package org.mineledger.model.laid;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.NorthConversion;
import org.mineledger.geo.Traverse;
import org.mineledger.geo.TraverseLeg;

/**
 * The record of a laid minefield (STANAG 2036 / DA Form 1355 practice): identity, time of laying, landmark,
 * reference point, perimeter traverse, strips with their mines, lanes and gaps, marking and signatures.
 * Mine totals and turning points are computed from what was entered, never stored twice.
 *
 * @param identity            number, type, unit, authority, officer in charge, classification
 * @param layingStarted       UTC date-time laying started, null when not yet entered
 * @param layingCompleted     UTC date-time laying was completed, null when not yet entered
 * @param landmark            the landmark (LM)
 * @param landmarkToReference leg from LM to the reference point (RP), null when the landmark is the RP
 * @param referenceToFirstPoint leg from RP to TP1, null when RP is TP1
 * @param perimeter           legs TP1→TP2 … TPn→TP1
 * @param north               how grid and magnetic bearings become true
 * @param closureTolerance    the largest closure gap the unit accepts for this record
 * @param strips              strips (rows) A, B, C …
 * @param lanesAndGaps        lanes and gaps
 * @param marking             perimeter marking and warning signs used, "" when none
 * @param fencing             fencing used, "" when none
 * @param monitoring          how the area is monitored (military personnel, patrols), "" when not stated
 * @param laidBy              name and rank of who laid it
 * @param verifiedBy          name and rank of who verified it
 * @param notes               anything else useful for clearance
 */
public record LaidMinefieldRecord(MinefieldIdentity identity, Instant layingStarted, Instant layingCompleted,
        Landmark landmark, TraverseLeg landmarkToReference, TraverseLeg referenceToFirstPoint,
        List<TraverseLeg> perimeter, NorthConversion north, Distance closureTolerance, List<Strip> strips,
        List<LaneOrGap> lanesAndGaps, String marking, String fencing, String monitoring, String laidBy,
        String verifiedBy, String notes) {

    public LaidMinefieldRecord {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(landmark, "Enter the landmark.");
        Objects.requireNonNull(north, "north");
        Objects.requireNonNull(closureTolerance, "Enter the closure tolerance in metres.");
        perimeter = perimeter == null ? List.of() : List.copyOf(perimeter);
        strips = strips == null ? List.of() : List.copyOf(strips);
        lanesAndGaps = lanesAndGaps == null ? List.of() : List.copyOf(lanesAndGaps);
        marking = clean(marking);
        fencing = clean(fencing);
        monitoring = clean(monitoring);
        laidBy = clean(laidBy);
        verifiedBy = clean(verifiedBy);
        notes = clean(notes);
        if (layingStarted != null && layingCompleted != null && layingCompleted.isBefore(layingStarted)) {
            throw new IllegalArgumentException("Minefield " + identity.number() + ": laying completed ("
                    + layingCompleted + ") is before laying started (" + layingStarted + "). Check both dates.");
        }
        long labels = strips.stream().map(Strip::label).distinct().count();
        if (labels != strips.size()) {
            throw new IllegalArgumentException("Minefield " + identity.number() + " has two strips with the same "
                    + "label; give each strip its own letter.");
        }
        long laneLabels = lanesAndGaps.stream().map(l -> l.label().toLowerCase(java.util.Locale.ROOT)).distinct()
                .count();
        if (laneLabels != lanesAndGaps.size()) {
            throw new IllegalArgumentException("Minefield " + identity.number() + " has two lanes or gaps with the "
                    + "same label; give each its own, e.g. Lane 1, Lane 2.");
        }
        // Computing the traverse here rejects impossible legs when the record is made, naming the leg.
        GeoPoint rp = referencePointOf(landmark, landmarkToReference, north);
        new Traverse(rp, referenceToFirstPoint, perimeter, north);
        for (LaneOrGap l : lanesAndGaps) {
            LaneEnds.of(l, rp, north);
        }
    }

    /** Where a lane or gap begins and ends, when its position was entered. */
    public LaneEnds laneEnds(LaneOrGap lane) {
        return LaneEnds.of(lane, referencePoint(), north);
    }

    /** Every leg of the record (LM to RP, RP to TP1, perimeter, strips, lanes): which norths and units it uses. */
    public List<TraverseLeg> allLegs() {
        List<TraverseLeg> out = new java.util.ArrayList<>();
        java.util.stream.Stream.of(landmarkToReference, referenceToFirstPoint).filter(Objects::nonNull)
                .forEach(out::add);
        out.addAll(perimeter);
        for (Strip s : strips) {
            if (s.startFromReference() != null) {
                out.add(s.startFromReference());
            }
            out.addAll(s.legs());
        }
        for (LaneOrGap l : lanesAndGaps) {
            java.util.stream.Stream.of(l.fromReference(), l.course()).filter(Objects::nonNull).forEach(out::add);
        }
        return out;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static GeoPoint referencePointOf(Landmark lm, TraverseLeg leg, NorthConversion north) {
        return leg == null ? lm.position() : Traverse.referenceFromLandmark(lm.position(), leg, north);
    }

    public String number() {
        return identity.number();
    }

    /** The reference point, from the landmark by its leg. */
    public GeoPoint referencePoint() {
        return referencePointOf(landmark, landmarkToReference, north);
    }

    /** The perimeter traverse: turning points, closure error and geodesic area. */
    public Traverse traverse() {
        return new Traverse(referencePoint(), referenceToFirstPoint, perimeter, north);
    }

    /** Mine totals by model and by AP/AT, from the strips. */
    public MineTotals totals() {
        return MineTotals.of(strips);
    }
}
