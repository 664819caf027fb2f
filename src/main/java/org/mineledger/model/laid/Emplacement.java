package org.mineledger.model.laid;

/** How mines were emplaced; Amended Protocol II sets extra rules for remotely delivered mines. */
public enum Emplacement {
    HAND, MECHANICAL, REMOTE;

    /** Reads an enum name ignoring case. */
    public static Emplacement parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        for (Emplacement e : values()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("Unknown emplacing method '" + text + "'. Use hand, mechanical or remote.");
    }
}
