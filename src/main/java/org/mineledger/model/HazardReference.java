package org.mineledger.model;

import java.util.regex.Pattern;

/** A human reference for a hazard area such as {@code HA-0001}, unique within a workspace. */
public record HazardReference(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Z]{2,4}-\\d{4,6}");

    public HazardReference {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Hazard reference '" + value
                    + "' is not in the form HA-0001 (2-4 capital letters, a dash, 4-6 digits).");
        }
    }

    /** The reference numbered {@code n} with prefix {@code HA}. */
    public static HazardReference numbered(int n) {
        if (n < 0) {
            return new HazardReference(String.format("HA-%04d", n)); // refused by the constructor, with the value
        }
        // what String.format("HA-%04d", n) gives, without parsing a format for each of an import's areas
        String digits = Integer.toString(n);
        return new HazardReference("HA-" + "0".repeat(Math.max(0, 4 - digits.length())) + digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
