package org.mineledger.model.laid;

/** Anti-personnel or anti-tank (anti-vehicle) mine. */
public enum MineCategory {
    AP, AT;

    /** Reads {@code AP} or {@code AT}, ignoring case. */
    public static MineCategory parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "AP", "ANTI-PERSONNEL" -> AP;
            case "AT", "AV", "ANTI-TANK", "ANTI-VEHICLE" -> AT;
            default -> throw new IllegalArgumentException("Unknown mine category '" + text
                    + "'. Use AP (anti-personnel) or AT (anti-tank).");
        };
    }
}
