package org.mineledger.geo;

import java.util.Objects;

/**
 * One leg of a traverse: a bearing and a distance from the previous point.
 *
 * @param bearing  direction of the leg with its unit and north reference
 * @param distance length on the ground
 */
public record TraverseLeg(Bearing bearing, Distance distance) {

    public TraverseLeg {
        Objects.requireNonNull(bearing, "A leg needs a bearing.");
        Objects.requireNonNull(distance, "A leg needs a distance.");
    }
}
