package org.mineledger.plan.marking;

/** Why a warning sign stands where it does. */
public enum SignReason {
    /** A turning point of the marked line: every one gets a sign. */
    TURNING_POINT("turning point"),
    /** A track, path or road crosses the marked line here: people walk in at this point. */
    TRACK_CROSSING("track crossing"),
    /** Between two other signs, so that no gap exceeds the maximum spacing. */
    SPACING("spacing");

    private final String label;

    SignReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
