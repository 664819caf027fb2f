package org.mineledger.io.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceAttributesTest {
    private final SourceAttributes.Columns columns = new SourceAttributes.Columns(List.of("name", "kind", "depth"));

    @Test
    void behavesAsAnOrderedMapOfItsColumns() {
        SourceAttributes a = columns.of(Arrays.asList("Field 7", "SHA", null));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "Field 7");
        expected.put("kind", "SHA");
        expected.put("depth", null);
        assertThat(a).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(a.keySet()).containsExactly("name", "kind", "depth");
        assertThat(a.get("kind")).isEqualTo("SHA");
        assertThat(a.containsKey("depth")).isTrue();
        assertThat(a.get("missing")).isNull();
        assertThat(a.containsKey("missing")).isFalse();
    }

    @Test
    void isUnmodifiableAndKeepsNoReferenceToTheValuesGiven() {
        List<Object> values = Arrays.asList("Field 7", "SHA", 2L);
        SourceAttributes a = columns.of(values);
        values.set(1, "CHA");
        assertThat(a.get("kind")).isEqualTo("SHA");
        assertThatThrownBy(() -> a.put("kind", "LMF")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void featuresOfOneLayerShareRepeatedShortTexts() {
        SourceAttributes first = columns.of(Arrays.asList("Field 1", new String("active"), 1L));
        SourceAttributes second = columns.of(Arrays.asList("Field 2", new String("active"), 2L));
        assertThat(second.get("kind")).isSameAs(first.get("kind"));
    }

    @Test
    void refusesValuesThatDoNotMatchTheColumns() {
        assertThatThrownBy(() -> columns.of(List.of("only one"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 columns but 1 values");
        assertThatThrownBy(() -> new SourceAttributes.Columns(List.of("a", "a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSourceFeatureKeepsTheSharedMapAsItIs() {
        SourceAttributes a = columns.of(Arrays.asList("Field 7", "SHA", 3L));
        SourceFeature f = new SourceFeature(1, "7", "fid 7", null, a, List.of());
        assertThat(f.attributes()).isSameAs(a);
        assertThat(f.text("name")).isEqualTo("Field 7");
    }
}
