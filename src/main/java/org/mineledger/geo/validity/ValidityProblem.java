package org.mineledger.geo.validity;

import java.util.Objects;
import org.mineledger.geo.GeoPoint;

/**
 * One fault of a polygon.
 *
 * @param kind     what is wrong
 * @param vertex   1-based number of the vertex concerned (as users count), 0 when it concerns no single vertex
 * @param location where it is on the ground
 * @param message  the fault explained to a deminer, with what to do
 */
public record ValidityProblem(ProblemKind kind, int vertex, GeoPoint location, String message) {

    public ValidityProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (vertex < 0) {
            throw new IllegalArgumentException("Vertex number " + vertex + " is negative; vertices count from 1.");
        }
    }

    /** True when the polygon cannot be saved until this is fixed. */
    public boolean blocksSaving() {
        return kind.blocksSaving();
    }
}
