package org.mineledger.model.laid;

/** The purpose of a laid minefield (STANAG 2036 categories). */
public enum MinefieldType {
    PROTECTIVE, TACTICAL, NUISANCE, PHONY;

    /** Reads an enum name ignoring case. */
    public static MinefieldType parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        for (MinefieldType m : values()) {
            if (m.name().equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown minefield type '" + text
                + "'. Use protective, tactical, nuisance or phony.");
    }
}
