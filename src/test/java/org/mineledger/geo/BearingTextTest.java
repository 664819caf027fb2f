package org.mineledger.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One direction is written one way: a bearing that rounds up to 360° is written as 0. */
class BearingTextTest {
    @Test
    void aBearingThatRoundsUpToAFullCircleIsWrittenAsZero() {
        assertThat(Bearing.degrees(359.96, NorthReference.TRUE).degreesText(1)).isEqualTo("0.0");
        assertThat(Bearing.degrees(359.94, NorthReference.TRUE).degreesText(1)).isEqualTo("359.9");
        assertThat(Bearing.degrees(359.6, NorthReference.TRUE).degreesText(0)).isEqualTo("0");
        assertThat(Bearing.degrees(0.04, NorthReference.TRUE).degreesText(1)).isEqualTo("0.0");
        assertThat(Bearing.degrees(28.649, NorthReference.TRUE).degreesText(1)).isEqualTo("28.6");
        assertThat(Bearing.mils(3200, NorthReference.TRUE).degreesText(1)).isEqualTo("180.0");
    }
}
