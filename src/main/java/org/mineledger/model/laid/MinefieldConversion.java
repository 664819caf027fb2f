package org.mineledger.model.laid;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlay.snap.GeometrySnapper;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.RecordLockedException;
import org.mineledger.model.RecordStatus;

/** Turns a signed-off laid minefield, after hostilities, into a confirmed hazard area for clearance. */
public final class MinefieldConversion {
    /**
     * About 1 cm (0.6 cm east-west at 60° N): corners and lines this close are the same (a geodesic leg and the
     * straight lon/lat edge of a longer leg on the same bearing differ by nanometres; the last corner of two
     * traverses that close differently, by millimetres), far below what a pace or a compass can tell apart.
     */
    private static final double SAME_LINE_DEGREES = 1e-7;

    private MinefieldConversion() {
    }

    /** The confirmed hazard area covering the recorded perimeter; the notes name the record and its mines. */
    public static HazardArea toHazardArea(LaidMinefieldRevision rev, HazardReference reference, Instant now) {
        if (rev.status() != RecordStatus.SIGNED_OFF) {
            throw new RecordLockedException("Minefield " + rev.number() + " rev " + rev.revision() + " is "
                    + rev.status().label().toLowerCase(Locale.ROOT) + "; only a signed-off record can become a "
                    + "confirmed hazard area. Sign it off first.");
        }
        if (rev.hazardId() != 0) {
            throw new RecordLockedException("Minefield " + rev.number() + " was already converted (hazard area id "
                    + rev.hazardId() + ").");
        }
        LaidMinefieldRecord r = rev.record();
        String notes = recordNote(rev) + " Every mine must be accounted for in clearance.";
        return HazardArea.draft(reference, "Minefield " + r.number(), HazardKind.CONFIRMED, HazardStatus.ACTIVE,
                r.traverse().polygon(), notes, now);
    }

    /**
     * The notes of the hazard area once a correction of its record is signed off: the sentence naming the
     * record and its mines now names the correction; notes without that sentence (edited by hand) get it added.
     */
    public static String notesAfterCorrection(String notes, LaidMinefieldRevision correction) {
        String mines = " Mines recorded: \\d+ \\(AP \\d+, AT \\d+\\)\\.";
        String number = Pattern.quote(correction.number());
        Matcher converted = Pattern.compile("Converted from laid minefield record " + number
                + " rev (\\d+)(?:; signed-off correction rev \\d+)?\\." + mines).matcher(notes);
        if (converted.find()) {
            String line = String.format(Locale.ROOT, "Converted from laid minefield record %s rev %s; signed-off "
                    + "correction rev %d.%s", correction.number(), converted.group(1), correction.revision(),
                    mineText(correction));
            return notes.substring(0, converted.start()) + line + notes.substring(converted.end());
        }
        String line = String.format(Locale.ROOT, "Signed-off correction rev %d of laid minefield record %s.%s",
                correction.revision(), correction.number(), mineText(correction));
        Matcher added = Pattern.compile("Signed-off correction rev \\d+ of laid minefield record " + number + "\\."
                + mines).matcher(notes);
        if (added.find()) {
            return notes.substring(0, added.start()) + line + notes.substring(added.end());
        }
        return (notes.isBlank() ? "" : notes.strip() + " ") + line;
    }

    /**
     * The hazard area once a correction of its record is signed off: its notes as {@link #notesAfterCorrection},
     * and its boundary made to cover the corrected perimeter where it no longer does. The boundary only grows
     * (it becomes the union of the old boundary and the new perimeter): ground inside the old boundary was
     * declared hazardous and stays so until a survey releases it. A released area (cancelled, cleared, handed
     * over) is not widened, since that would mark unworked ground as released; neither is an area the new
     * perimeter does not touch. Both get a sentence saying what to do instead.
     */
    public static HazardArea afterCorrection(HazardArea area, LaidMinefieldRevision correction, Instant now) {
        String notes = notesAfterCorrection(area.notes(), correction);
        Polygon perimeter = correction.record().traverse().polygon();
        Polygon polygon = area.polygon();
        if (!polygon.buffer(SAME_LINE_DEGREES).covers(perimeter)) {
            Geometry union = perimeter.buffer(SAME_LINE_DEGREES).covers(polygon) ? perimeter : joined(polygon, perimeter);
            String rev = correction.number() + " rev " + correction.revision();
            if (area.status().isReleased()) {
                notes = notes.strip() + " The corrected perimeter of " + rev + " reaches beyond this " + area.status()
                        .label().toLowerCase(Locale.ROOT) + " area: that ground is not released. Record it as a new "
                        + "hazard area.";
            } else if (union instanceof Polygon widened && widened.isValid()) {
                polygon = widened;
                notes = notes.strip() + " Boundary widened to cover the corrected perimeter of " + rev + "; the "
                        + "ground of the earlier boundary stays hazardous until a survey releases it.";
            } else {
                notes = notes.strip() + " The corrected perimeter of " + rev + " lies apart from this area's "
                        + "boundary: edit the boundary (Edit \u203a Edit geometry) or record a new hazard area to "
                        + "cover it.";
            }
        }
        if (notes.equals(area.notes()) && polygon == area.polygon()) {
            return area;
        }
        return new HazardArea(area.id(), area.reference(), area.name(), area.kind(), area.status(), polygon, notes,
                area.createdAt(), now);
    }

    /**
     * The old boundary and the corrected perimeter as one. Corners and edges closer than {@link #SAME_LINE_DEGREES}
     * are taken as the same, before and after the union, so that an edge both share (the same bearing from the
     * same turning point, paced to a different length) becomes one edge, not two edges nanometres apart with a
     * sliver and extra corners between them.
     */
    private static Geometry joined(Polygon boundary, Polygon perimeter) {
        Geometry[] snapped = GeometrySnapper.snap(boundary, perimeter, SAME_LINE_DEGREES);
        Geometry union = snapped[0].union(snapped[1]);
        return TopologyPreservingSimplifier.simplify(union, SAME_LINE_DEGREES);
    }

    private static String mineText(LaidMinefieldRevision rev) {
        MineTotals t = rev.record().totals();
        return String.format(Locale.ROOT, " Mines recorded: %d (AP %d, AT %d).", t.total(), t.ap(), t.at());
    }

    private static String recordNote(LaidMinefieldRevision rev) {
        return "Converted from laid minefield record " + rev.number() + " rev " + rev.revision() + "." + mineText(rev);
    }
}
