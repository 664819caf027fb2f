package org.mineledger.plan.monitoring;

/**
 * Days allowed to put right each kind of fault an inspection finds. MineLedger defaults, not from a standard:
 * set your programme's values.
 *
 * @param missingSign   replace a missing sign
 * @param damagedSign   repair or replace a damaged sign
 * @param fenceBreach   close a breach in the fence or tape
 * @param entry         report evidence of entry and re-check the area
 */
public record FollowUpRules(int missingSign, int damagedSign, int fenceBreach, int entry) {
    /** 2 days for a missing sign or a breach, 7 for a damaged sign, 1 for evidence of entry. */
    public static final FollowUpRules DEFAULT = new FollowUpRules(2, 7, 2, 1);

    public FollowUpRules {
        if (missingSign < 0 || damagedSign < 0 || fenceBreach < 0 || entry < 0) {
            throw new IllegalArgumentException("Follow-up times must be 0 days or more.");
        }
    }
}
