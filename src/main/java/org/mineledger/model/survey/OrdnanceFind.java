package org.mineledger.model.survey;

import java.time.LocalDate;
import java.util.Objects;
import org.mineledger.geo.GeoPoint;

/**
 * An explosive ordnance item found: a point, never a polygon.
 *
 * @param position    where it was found
 * @param date        the day it was found
 * @param typeModel   type and model, e.g. {@code AP blast mine PMN-2}
 * @param fuzeState   e.g. {@code armed}, {@code unarmed}, {@code unknown}
 * @param depthCm     depth below the surface in centimetres, 0 for surface finds
 * @param actionTaken e.g. {@code destroyed in situ}
 */
public record OrdnanceFind(GeoPoint position, LocalDate date, String typeModel, String fuzeState, int depthCm,
        String actionTaken) {
    /** Deeper than this is more likely a typing error (metres for centimetres) than a find. */
    private static final int MAX_DEPTH_CM = 500;

    public OrdnanceFind {
        Objects.requireNonNull(position, "Enter where the item was found.");
        Objects.requireNonNull(date, "Enter the date of the find.");
        typeModel = typeModel == null ? "" : typeModel.strip();
        fuzeState = fuzeState == null ? "" : fuzeState.strip();
        actionTaken = actionTaken == null ? "" : actionTaken.strip();
        if (typeModel.isEmpty()) {
            throw new IllegalArgumentException("Enter the type and model of the item (or 'unknown').");
        }
        if (depthCm < 0 || depthCm > MAX_DEPTH_CM) {
            throw new IllegalArgumentException("Depth " + depthCm + " cm is not plausible; enter 0 to " + MAX_DEPTH_CM
                    + " cm (0 for an item on the surface).");
        }
    }
}
