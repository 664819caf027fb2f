package org.mineledger.plan.calendar;

import java.util.Locale;

/** The countries whose public holidays MineLedger knows: Finland, Poland, Estonia, Latvia, Lithuania, Ukraine. */
public enum Country {
    FI("Finland"), PL("Poland"), EE("Estonia"), LV("Latvia"), LT("Lithuania"), UA("Ukraine");

    private final String label;

    Country(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads an ISO 3166 two-letter code such as {@code EE}, ignoring case. */
    public static Country parse(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        for (Country country : values()) {
            if (country.name().equals(c)) {
                return country;
            }
        }
        throw new IllegalArgumentException("Country '" + code + "' has no holiday calendar; use FI, PL, EE, LV, LT or UA.");
    }
}
