package org.mineledger.plan.marking;

import java.util.Objects;

/**
 * One line of a materials list.
 *
 * @param item     what to bring, e.g. "warning sign (triangle 28 x 20 cm)"
 * @param quantity how many, in {@code unit}
 * @param unit     "pcs" or "m"
 * @param basis    how the quantity was worked out, so a team leader can check it
 */
public record MaterialLine(String item, double quantity, String unit, String basis) {
    public MaterialLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(unit, "unit");
        basis = basis == null ? "" : basis;
        if (!Double.isFinite(quantity) || quantity < 0) {
            throw new IllegalArgumentException("Quantity of " + item + " must be 0 or more, not " + quantity + ".");
        }
    }
}
