package org.mineledger.plan.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.MineEntry;
import org.mineledger.model.laid.Strip;

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

    /**
     * The data a laid-minefield record gives: laying completed, and the longest self-destruct and self-deactivation
     * times of its mines (the review waits for the last mine). Empty when laying is not completed or no mine has
     * both times; a self-deactivation shorter than the longest self-destruct is taken as that self-destruct.
     */
    public static Optional<SelfDestructSpec> of(LaidMinefieldRecord record) {
        if (record.layingCompleted() == null) {
            return Optional.empty();
        }
        Duration destruct = null;
        Duration deactivate = null;
        for (Strip strip : record.strips()) {
            for (MineEntry m : strip.mines()) {
                destruct = longer(destruct, m.selfDestruct());
                deactivate = longer(deactivate, m.selfDeactivation());
            }
        }
        if (destruct == null || deactivate == null) {
            return Optional.empty();
        }
        return Optional.of(new SelfDestructSpec(record.layingCompleted(), destruct, longer(deactivate, destruct)));
    }

    private static Duration longer(Duration a, Duration b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }

    public Instant selfDestructAt() {
        return layingCompleted.plus(selfDestruct);
    }

    public Instant selfDeactivationAt() {
        return layingCompleted.plus(selfDeactivation);
    }
}
