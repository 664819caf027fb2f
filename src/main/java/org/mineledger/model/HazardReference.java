package org.mineledger.model;

/** A human reference for a hazard area such as {@code HA-0001}, unique within a workspace. */
public record HazardReference(String value) {
    public HazardReference {
        if (!hasForm(value)) {
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

    /** Whether {@code v} is 2-4 capital letters A-Z, a dash and 4-6 digits 0-9 (checked for every imported area). */
    private static boolean hasForm(String v) {
        if (v == null) {
            return false;
        }
        int dash = v.indexOf('-');
        if (dash < 2 || dash > 4 || v.length() - dash - 1 < 4 || v.length() - dash - 1 > 6) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = i < dash ? c >= 'A' && c <= 'Z' : i == dash || c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
