package org.mineledger.model;

/** What is known about a hazard area's contamination (IMAS 07.11 terms, plus the military record). */
public enum HazardKind {
    /** Suspected hazard area: indirect evidence only. */
    SUSPECTED("SHA", "Suspected hazard area"),
    /** Confirmed hazard area: direct evidence of explosive ordnance. */
    CONFIRMED("CHA", "Confirmed hazard area"),
    /** A minefield laid and recorded by a military unit. */
    LAID_MINEFIELD("LMF", "Laid minefield");

    private final String code;
    private final String label;

    HazardKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Short code used in files and on maps, e.g. {@code SHA}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Reads a code ({@code SHA}), enum name ({@code SUSPECTED}) or label, ignoring case. */
    public static HazardKind parse(String text) {
        String t = text == null ? "" : text.trim();
        for (HazardKind k : values()) {
            if (k.code.equalsIgnoreCase(t) || k.name().equalsIgnoreCase(t.replace(' ', '_'))
                    || k.label.equalsIgnoreCase(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown hazard kind '" + text
                + "'. Use SHA (suspected), CHA (confirmed) or LMF (laid minefield).");
    }
}
