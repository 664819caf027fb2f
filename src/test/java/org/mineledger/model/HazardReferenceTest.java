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

    @Test
    void acceptsExactlyWhatTheFormAllows() {
        java.util.regex.Pattern form = java.util.regex.Pattern.compile("[A-Z]{2,4}-[0-9]{4,6}");
        String[] samples = {"HA-0001", "MINE-123456", "AB-1234", "A-1234", "ABCDE-1234", "HA-123", "HA-1234567",
            "ha-0001", "HA_0001", "HA-00O1", "HA-0001 ", " HA-0001", "HA--0001", "HA-0001-", "ÄB-1234", "HA-١٢٣٤",
            "", "-", "HA-", "-1234", "HAB-12345", "H1-1234"};
        for (String v : samples) {
            boolean valid = form.matcher(v).matches();
            if (valid) {
                assertThat(new HazardReference(v).value()).isEqualTo(v);
            } else {
                assertThatThrownBy(() -> new HazardReference(v)).as(v).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("is not in the form HA-0001");
            }
        }
        java.util.Random random = new java.util.Random(4);
        String alphabet = "AZaz09-_ Ä٣";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : random.nextBoolean() ? (char) ('A' + random.nextInt(26)) : (char) ('0' + random.nextInt(10)));
            }
            String v = b.toString();
            boolean accepted;
            try {
                new HazardReference(v);
                accepted = true;
            } catch (IllegalArgumentException e) {
                accepted = false;
            }
            assertThat(accepted).as(v).isEqualTo(form.matcher(v).matches());
        }
        assertThatThrownBy(() -> new HazardReference(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
