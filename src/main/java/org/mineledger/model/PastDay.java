package org.mineledger.model;

import java.time.LocalDate;
import java.util.Objects;

/** The day something was done or happened, which a record may not date after today. */
public final class PastDay {
    private PastDay() {
    }

    /**
     * Returns {@code day}, or refuses it when it lies after {@code today}.
     *
     * @param what what the day is, as the user knows it, e.g. "The inspection date"
     */
    public static LocalDate require(LocalDate day, LocalDate today, String what) {
        Objects.requireNonNull(day, "day");
        if (day.isAfter(today)) {
            throw new IllegalArgumentException(what + " " + day + " is after today (" + today
                    + "); enter the day it happened, as YYYY-MM-DD.");
        }
        return day;
    }
}
