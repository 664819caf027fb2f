package org.mineledger.plan.clearance;

/** The three kinds of clearance asset a programme plans with. */
public enum AssetKind {
    MANUAL("Manual clearance team"), MECHANICAL("Mechanical asset"), MDD("Mine detection dog team");

    private final String label;

    AssetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads {@code manual}, {@code mechanical} (or {@code mech}) or {@code mdd} (or {@code dog}), ignoring case. */
    public static AssetKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "manual" -> MANUAL;
            case "mechanical", "mech", "machine" -> MECHANICAL;
            case "mdd", "dog", "dogs" -> MDD;
            default -> throw new IllegalArgumentException("Asset kind '" + text
                    + "' is not known; use manual, mechanical or mdd.");
        };
    }
}
