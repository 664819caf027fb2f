package org.mineledger.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a calendar date option written as YYYY-MM-DD, and says so in words when it is written another way. */
final class DateConverter implements ITypeConverter<LocalDate> {
    private static final LocalDate EXAMPLE = LocalDate.of(2025, 3, 20);

    @Override
    public LocalDate convert(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. "
                    + example(text) + ".");
        }
    }

    /** The date the user probably meant, written the right way, when it reads as day.month.year; else a fixed one. */
    private static LocalDate example(String text) {
        String[] parts = text.strip().split("[./-]");
        if (parts.length == 3 && parts[2].matches("\\d{4}")) {
            try {
                return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            } catch (RuntimeException notADate) {
                return EXAMPLE;
            }
        }
        return EXAMPLE;
    }
}
