package org.mineledger.plan.clearance;

import java.util.Locale;
import java.util.Objects;

/** How hard the ground is to clear: vegetation density and soil, the two factors productivity is looked up by. */
public record GroundClass(Vegetation vegetation, Soil soil) {
    /** Vegetation to cut before search. */
    public enum Vegetation { LIGHT, MEDIUM, DENSE }

    /** Soil as it affects detectors, excavation and machines. */
    public enum Soil { SOFT, FIRM, ROCKY }

    public GroundClass {
        Objects.requireNonNull(vegetation, "vegetation");
        Objects.requireNonNull(soil, "soil");
    }

    /** Reads {@code medium/firm} (vegetation/soil), ignoring case. */
    public static GroundClass parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().toUpperCase(Locale.ROOT).split("[/ ,]+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Ground class '" + text
                    + "' must be vegetation/soil, e.g. medium/firm (vegetation light|medium|dense, soil soft|firm|rocky).");
        }
        try {
            return new GroundClass(Vegetation.valueOf(parts[0]), Soil.valueOf(parts[1]));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("Ground class '" + text
                    + "' is not known: vegetation is light, medium or dense; soil is soft, firm or rocky.", ex);
        }
    }

    /** {@code medium/firm}. */
    public String code() {
        return vegetation.name().toLowerCase(Locale.ROOT) + "/" + soil.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return code();
    }
}
