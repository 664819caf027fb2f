package org.mineledger.plan.clearance;

/**
 * How much each factor counts in a hazard's priority score, as the user set it. Proximity factors give their
 * full weight at distance 0, falling in a straight line to nothing at {@code reachM}.
 * Defaults (MineLedger's, to be changed): people first, then access and livelihoods.
 */
public record PriorityWeights(double settlement, double road, double farmland, double water, double blockedAccess,
        double communityRequest, double casualties, double reachM) {
    /** Casualty count at which the casualty factor gives its full weight. */
    public static final int CASUALTIES_FOR_FULL_WEIGHT = 3;

    public PriorityWeights {
        for (double w : new double[] {settlement, road, farmland, water, blockedAccess, communityRequest, casualties}) {
            if (!(w >= 0) || w > 1_000) {
                throw new IllegalArgumentException("Priority weight " + w + " must be between 0 and 1,000.");
            }
        }
        if (!(reachM > 0)) {
            throw new IllegalArgumentException("Priority reach " + reachM + " m must be more than 0 m.");
        }
    }

    public static PriorityWeights defaults() {
        return new PriorityWeights(30, 15, 15, 10, 10, 10, 10, 2_000);
    }
}
