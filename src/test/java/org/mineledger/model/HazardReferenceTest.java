package org.mineledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Numbered references read like the ones {@code String.format("HA-%04d", n)} made before they were sped up. */
class HazardReferenceTest {

    @Test
    void numberedReferencesArePaddedToFourDigitsAndGrowBeyond() {
        for (int n : new int[] {0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 50000, 999999}) {
            assertThat(HazardReference.numbered(n).value()).isEqualTo(String.format("HA-%04d", n));
        }
        assertThat(HazardReference.numbered(7).value()).isEqualTo("HA-0007");
    }

    @Test
    void numbersThatDoNotFitTheFormAreRefused() {
        assertThatThrownBy(() -> HazardReference.numbered(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HA--001");
        assertThatThrownBy(() -> HazardReference.numbered(1_000_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HA-1000000");
    }
}
