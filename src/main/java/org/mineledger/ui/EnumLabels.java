package org.mineledger.ui;

import javafx.util.StringConverter;

/**
 * Enum constants shown by their words ("Protective", "By hand") instead of their code names (PROTECTIVE, HAND):
 * the key {@code enum.<Type>.<CONSTANT>} in {@code messages.properties}.
 */
public final class EnumLabels {
    private EnumLabels() {
    }

    /** The words for {@code value}, or an empty text for null. */
    public static String of(Enum<?> value) {
        return value == null ? "" : Messages.get("enum." + value.getDeclaringClass().getSimpleName() + "."
                + value.name());
    }

    /** A converter for choice boxes and combo boxes of one enum type (read-only: the user picks, never types). */
    public static <T extends Enum<T>> StringConverter<T> converter(Class<T> type) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return of(value);
            }

            @Override
            public T fromString(String text) {
                for (T v : type.getEnumConstants()) {
                    if (of(v).equals(text)) {
                        return v;
                    }
                }
                return null;
            }
        };
    }
}
