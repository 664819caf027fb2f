package org.mineledger.model.laid;

import java.time.Duration;
import java.util.Objects;
import org.mineledger.geo.Distance;

/**
 * The mines of one model laid in one strip.
 *
 * @param model             mine model as marked on the mine, e.g. {@code TM-62M}
 * @param category          AP or AT
 * @param count             number of mines, at least 1
 * @param spacing           distance between mines (or clusters) along the strip
 * @param fuze              fuze type, e.g. {@code MVCh-62 pressure}
 * @param antiHandlingDevice the anti-handling device fitted, "" when none
 * @param emplacement       how the mines were emplaced
 * @param selfDestruct      self-destruct time, null when the mine has none
 * @param selfDeactivation  self-deactivation (battery) life, null when the mine has none
 */
public record MineEntry(String model, MineCategory category, int count, Distance spacing, String fuze,
        String antiHandlingDevice, Emplacement emplacement, Duration selfDestruct, Duration selfDeactivation) {

    public MineEntry {
        model = model == null ? "" : model.strip();
        fuze = fuze == null ? "" : fuze.strip();
        antiHandlingDevice = antiHandlingDevice == null ? "" : antiHandlingDevice.strip();
        Objects.requireNonNull(category, "Say whether the mines are AP or AT.");
        Objects.requireNonNull(spacing, "Enter the spacing between mines in metres.");
        Objects.requireNonNull(emplacement, "Say how the mines were emplaced: hand, mechanical or remote.");
        if (model.isEmpty()) {
            throw new IllegalArgumentException("Enter the mine model (as marked on the mine).");
        }
        if (count < 1) {
            throw new IllegalArgumentException("Mine count of " + model + " is " + count + "; enter 1 or more.");
        }
        if (selfDestruct != null && (selfDestruct.isNegative() || selfDestruct.isZero())) {
            throw new IllegalArgumentException("Self-destruct time of " + model + " must be longer than 0.");
        }
        if (selfDeactivation != null && (selfDeactivation.isNegative() || selfDeactivation.isZero())) {
            throw new IllegalArgumentException("Self-deactivation time of " + model + " must be longer than 0.");
        }
    }

    public boolean hasAntiHandlingDevice() {
        return !antiHandlingDevice.isEmpty();
    }
}
