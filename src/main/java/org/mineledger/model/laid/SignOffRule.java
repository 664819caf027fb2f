package org.mineledger.model.laid;

import java.util.List;
import java.util.Locale;
import org.mineledger.geo.ClosureError;
import org.mineledger.model.laid.ComplianceFinding.Kind;

/**
 * What stops a record from being signed off: a perimeter that does not close within the record's tolerance
 * (STANAG 2036 practice: an unacceptable closure is never signed off silently). Submitting is refused for the
 * same reasons, so a record never waits for a sign-off it cannot get.
 */
public final class SignOffRule {
    private SignOffRule() {
    }

    /** The findings that block sign-off; empty when the record may be submitted and signed off. */
    public static List<ComplianceFinding> blockers(LaidMinefieldRecord record) {
        ClosureError closure = record.traverse().closure();
        if (closure.gap().compareTo(record.closureTolerance()) <= 0) {
            return List.of();
        }
        return List.of(new ComplianceFinding("perimeter", Kind.OUT_OF_BOUNDS, String.format(Locale.ROOT,
                "The perimeter does not close: gap %.2f m, more than the tolerance of %.2f m. Check the bearings "
                        + "and distances of the legs.", closure.gap().metres(), record.closureTolerance().metres()),
                "APII TA 1(a)(ii)"));
    }

    /** The blockers as one sentence for a message, e.g. "perimeter: The perimeter does not close: …". */
    public static String describe(List<ComplianceFinding> blockers) {
        return String.join(" ", blockers.stream().map(f -> f.field() + ": " + f.message()).toList());
    }
}
