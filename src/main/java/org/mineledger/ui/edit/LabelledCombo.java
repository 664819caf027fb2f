package org.mineledger.ui.edit;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A drop-down of fixed values shown by a label (enum constants such as kinds, statuses, angle units). */
final class LabelledCombo {
    private LabelledCombo() {
    }

    static <T> ComboBox<T> of(String id, T[] values, T selected, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setValue(selected);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : label.apply(v);
            }

            @Override
            public T fromString(String s) {
                return c.getValue();
            }
        });
        return c;
    }
}
