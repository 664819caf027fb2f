package org.mineledger.geo;

/** A traverse that cannot be computed, with the leg at fault (1-based; 0 for the start). */
public class TraverseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int leg;

    public TraverseException(String message, int leg) {
        super(message);
        this.leg = leg;
    }

    /** 1-based number of the leg at fault, 0 when the start is at fault. */
    public int leg() {
        return leg;
    }
}
