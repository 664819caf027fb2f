package org.mineledger.model.laid;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static String mineText(LaidMinefieldRevision rev) {
        MineTotals t = rev.record().totals();
        return String.format(Locale.ROOT, " Mines recorded: %d (AP %d, AT %d).", t.total(), t.ap(), t.at());
    }

    private static String recordNote(LaidMinefieldRevision rev) {
        return "Converted from laid minefield record " + rev.number() + " rev " + rev.revision() + "." + mineText(rev);
    }
}
