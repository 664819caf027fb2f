package org.mineledger.model;

/** Where a hazard area stands in land release (IMAS 07.11). */
public enum HazardStatus {
    ACTIVE("Active"),
    CANCELLED("Cancelled"),
    REDUCED("Reduced"),
    CLEARED("Cleared"),
    HANDED_OVER("Handed over");

    private final String label;

    HazardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True once the land no longer needs marking or monitoring as hazardous. */
    public boolean isReleased() {
        return this != ACTIVE;
    }

    /** Reads an enum name or label, ignoring case and spaces. */
    public static HazardStatus parse(String text) {
        String t = text == null ? "" : text.trim();
        for (HazardStatus s : values()) {
            if (s.name().equalsIgnoreCase(t.replace(' ', '_')) || s.label.equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown hazard status '" + text
                + "'. Use active, cancelled, reduced, cleared or handed over.");
    }
}
