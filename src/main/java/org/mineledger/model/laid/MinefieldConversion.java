package org.mineledger.model.laid;

import java.time.Instant;
import java.util.Locale;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.RecordLockedException;
import org.mineledger.model.RecordStatus;

/** Turns a signed-off laid minefield, after hostilities, into a confirmed hazard area for clearance. */
public final class MinefieldConversion {
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
        MineTotals t = r.totals();
        String notes = String.format(Locale.ROOT, "Converted from laid minefield record %s rev %d. Mines recorded: "
                + "%d (AP %d, AT %d). Every mine must be accounted for in clearance.", r.number(), rev.revision(),
                t.total(), t.ap(), t.at());
        return HazardArea.draft(reference, "Minefield " + r.number(), HazardKind.CONFIRMED, HazardStatus.ACTIVE,
                r.traverse().polygon(), notes, now);
    }
}
