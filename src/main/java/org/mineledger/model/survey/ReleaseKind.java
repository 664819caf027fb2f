package org.mineledger.model.survey;

/** How land was released (IMAS 07.11): cancelled by NTS, reduced by TS, cleared by clearance. */
public enum ReleaseKind {
    CANCELLED, REDUCED, CLEARED;

    public static ReleaseKind parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "CANCEL", "CANCELLED", "CANCELED" -> CANCELLED;
            case "REDUCE", "REDUCED" -> REDUCED;
            case "CLEAR", "CLEARED" -> CLEARED;
            default -> throw new IllegalArgumentException("Unknown release '" + text
                    + "'. Use cancel (NTS), reduce (TS) or clear (clearance).");
        };
    }
}
