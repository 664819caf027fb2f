package org.mineledger.plan.marking;

import java.util.Locale;
import java.util.Optional;
import org.mineledger.model.HazardArea;

/** What to tell someone who makes a marking plan for land already released (cancelled, cleared, handed over). */
public final class ReleasedLand {
    private ReleasedLand() {
    }

    /** The warning for {@code area}, or empty when it is still hazardous (active or reduced). */
    public static Optional<String> warning(HazardArea area) {
        if (!area.status().isReleased()) {
            return Optional.empty();
        }
        return Optional.of("Warning: " + area.reference() + " is " + area.status().label().toLowerCase(Locale.ROOT)
                + ": its land is released and is no longer marked or monitored as hazardous. Use this plan only to "
                + "find the signs and fence to take down; if the land is still dangerous, correct its status first.");
    }
}
