package org.mineledger.geo.validity;

/** What is wrong with a polygon, and whether it stops the polygon from being saved as a hazard area. */
public enum ProblemKind {
    /** Fewer than three distinct corners: the polygon bounds no area. */
    TOO_FEW_VERTICES(true),
    /** The last vertex is not the first one. */
    UNCLOSED_RING(true),
    /** Two consecutive vertices at the same place. */
    DUPLICATE_VERTEX(true),
    /** Two edges cross or touch each other. */
    SELF_INTERSECTION(true),
    /** A hole (inner ring) reaches outside the outer boundary or crosses it. */
    HOLE_OUTSIDE_SHELL(true),
    /** Two holes overlap, touch or lie one inside the other. */
    HOLES_OVERLAP(true),
    /** A corner so sharp that it is most likely a typing or clicking error. */
    SPIKE(false),
    /** The polygon covers part of another hazard area. */
    OVERLAP(false);

    private final boolean blocksSaving;

    ProblemKind(boolean blocksSaving) {
        this.blocksSaving = blocksSaving;
    }

    /** True for faults that make the boundary unusable; false for warnings the user may accept. */
    public boolean blocksSaving() {
        return blocksSaving;
    }
}
