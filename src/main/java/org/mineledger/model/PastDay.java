package org.mineledger.model;

import java.time.LocalDate;
import java.util.Objects;

/** The day something was done or happened, which a record may not date after today. */
public final class PastDay {
    private PastDay() {
    }

    /**
     * Today at {@code now}, for refusing days after it: the later of the UTC date and the computer's own date, so
     * that a record dated today by someone in Finland or the Baltics just after local midnight (still yesterday in
     * UTC) is not refused, nor one dated today in UTC while it is still yesterday where the computer is.
     */
    public static LocalDate today(java.time.Instant now) {
        LocalDate utc = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        LocalDate local = LocalDate.ofInstant(now, java.time.ZoneId.systemDefault());
        return utc.isAfter(local) ? utc : local;
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
