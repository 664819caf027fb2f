package org.mineledger.geo.validity;

import java.util.Objects;
import org.mineledger.geo.GeoPoint;

/**
 * One fault of a polygon.
 *
 * @param kind     what is wrong
 * @param ring     0 for the outer boundary, 1, 2, … for the holes (inner rings) in their stored order
 * @param vertex   1-based number of the vertex concerned (as users count), 0 when it concerns no single vertex
 * @param location where it is on the ground
 * @param message  the fault explained to a deminer, with what to do
 */
public record ValidityProblem(ProblemKind kind, int ring, int vertex, GeoPoint location, String message) {

    public ValidityProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (ring < 0) {
            throw new IllegalArgumentException("Ring number " + ring + " is negative; 0 is the outer boundary.");
        }
        if (vertex < 0) {
            throw new IllegalArgumentException("Vertex number " + vertex + " is negative; vertices count from 1.");
        }
    }

    /** A fault of the outer boundary (ring 0). */
    public ValidityProblem(ProblemKind kind, int vertex, GeoPoint location, String message) {
        this(kind, 0, vertex, location, message);
    }

    /** The same fault told of hole {@code hole} (1-based): its message starts with "Hole N: ". */
    public ValidityProblem onHole(int hole) {
        return new ValidityProblem(kind, hole, vertex, location, "Hole " + hole + ": " + message);
    }

    /** True when the polygon cannot be saved until this is fixed. */
    public boolean blocksSaving() {
        return kind.blocksSaving();
    }
}
