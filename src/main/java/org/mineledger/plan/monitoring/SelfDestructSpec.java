package org.mineledger.plan.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Self-destruction and self-deactivation data of the mines of a laid minefield, from the laying record.
 *
 * @param layingCompleted   when laying was completed (UTC)
 * @param selfDestruct      time after laying by which the mines self-destruct
 * @param selfDeactivation  time after laying by which the mines that did not self-destruct self-deactivate
 */
public record SelfDestructSpec(Instant layingCompleted, Duration selfDestruct, Duration selfDeactivation) {
    /**
     * Amended Protocol II, Technical Annex para. 3(a): no more than 10 % of activated mines may fail to
     * self-destruct within 30 days of emplacement.
     */
    public static final Duration APII_SELF_DESTRUCT_LIMIT = Duration.ofDays(30);
    /**
     * Amended Protocol II, Technical Annex para. 3(b): with self-deactivation, no more than 1 in 1,000 activated
     * mines may still function as a mine 120 days after emplacement.
     */
    public static final Duration APII_SELF_DEACTIVATION_LIMIT = Duration.ofDays(120);

    public SelfDestructSpec {
        Objects.requireNonNull(layingCompleted, "layingCompleted");
        Objects.requireNonNull(selfDestruct, "selfDestruct");
        Objects.requireNonNull(selfDeactivation, "selfDeactivation");
        if (selfDestruct.isNegative() || selfDestruct.isZero()) {
            throw new IllegalArgumentException("Self-destruct time must be after laying; enter it in hours or days.");
        }
        if (selfDeactivation.compareTo(selfDestruct) < 0) {
            throw new IllegalArgumentException("Self-deactivation (" + selfDeactivation.toDays()
                    + " days) comes before self-destruction (" + selfDestruct.toDays()
                    + " days); check the mine data.");
        }
    }

    public Instant selfDestructAt() {
        return layingCompleted.plus(selfDestruct);
    }

    public Instant selfDeactivationAt() {
        return layingCompleted.plus(selfDeactivation);
    }
}
