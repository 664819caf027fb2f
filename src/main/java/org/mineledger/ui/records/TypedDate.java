package org.mineledger.ui.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A day typed as 2026-04-12 in a record form; a day after today is refused as a typing error. */
final class TypedDate {
    private TypedDate() {
    }

    /** The day typed, or null with the reason put in {@code errors} under "date". */
    static LocalDate parse(String text, Map<String, String> errors) {
        try {
            return parse(text, LocalDate.now());
        } catch (IllegalArgumentException e) {
            errors.put("date", e.getMessage());
            return null;
        }
    }

    static LocalDate parse(String text, LocalDate today) {
        String t = text == null ? "" : text.strip();
        LocalDate d;
        try {
            d = LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a date: type it as " + today + ".", e);
        }
        if (d.isAfter(today)) {
            throw new IllegalArgumentException(d + " is after today (" + today + "): check the year and month.");
        }
        return d;
    }
}
