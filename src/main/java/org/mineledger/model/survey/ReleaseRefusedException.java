package org.mineledger.model.survey;

/** A land-release polygon that cannot be accounted for: outside its hazard area, or released twice. */
public final class ReleaseRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final double offendingM2;

    public ReleaseRefusedException(String message, double offendingM2) {
        super(message);
        this.offendingM2 = offendingM2;
    }

    /** Square metres outside the hazard area, or already released. */
    public double offendingM2() {
        return offendingM2;
    }
}
