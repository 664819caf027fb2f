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

    /**
     * True once the land no longer needs clearing, marking or monitoring as hazardous: cancelled, cleared or handed
     * over. A reduced area is "worked on" (GICHD land-release symbology): technical survey released part of it, and
     * its polygon is the land that still holds mines, to be planned, marked and monitored like an active one.
     */
    public boolean isReleased() {
        return this == CANCELLED || this == CLEARED || this == HANDED_OVER;
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
