package org.mineledger.model.laid;

import java.util.List;
import java.util.Objects;
import org.mineledger.geo.TraverseLeg;

/**
 * One strip (row) of a minefield: from its start marker by legs of bearing and distance to its end marker.
 *
 * @param label       strip letter, e.g. {@code A}
 * @param startMarker description of the start marker on the ground
 * @param endMarker   description of the end marker on the ground
 * @param startFromReference leg from the reference point to the start marker, null when not measured
 * @param legs        legs from the start marker to the end marker, at least one
 * @param mines       what was laid in the strip; empty for a phony strip
 */
public record Strip(String label, String startMarker, String endMarker, TraverseLeg startFromReference,
        List<TraverseLeg> legs, List<MineEntry> mines) {

    public Strip {
        label = label == null ? "" : label.strip();
        startMarker = startMarker == null ? "" : startMarker.strip();
        endMarker = endMarker == null ? "" : endMarker.strip();
        if (label.isEmpty()) {
            throw new IllegalArgumentException("Every strip needs a label (A, B, C ...).");
        }
        Objects.requireNonNull(legs, "legs");
        legs = List.copyOf(legs);
        mines = mines == null ? List.of() : List.copyOf(mines);
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("Strip " + label + " needs at least one leg from its start marker to "
                    + "its end marker (bearing and distance).");
        }
    }

    /** Mines in this strip, all models together. */
    public int mineCount() {
        return mines.stream().mapToInt(MineEntry::count).sum();
    }
}
