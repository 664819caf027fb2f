package org.mineledger.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Instants as GeoPackage DATETIME text: {@code YYYY-MM-DDTHH:MM:SS.SSSZ} in UTC (GeoPackage 1.4, 1.1.1.1.1). */
final class UtcTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private UtcTime() {
    }

    /** The instant at the precision a workspace stores: milliseconds. */
    static Instant stored(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The last instant formatted and its text: an import or a plan formats the same instant many times. */
    private static volatile Formatted last = new Formatted(Instant.EPOCH, FORMAT.format(Instant.EPOCH));

    private record Formatted(Instant instant, String text) {
    }

    static String format(Instant t) {
        Instant s = stored(t);
        Formatted f = last;
        if (!f.instant().equals(s)) {
            f = new Formatted(s, FORMAT.format(s));
            last = f;
        }
        return f.text();
    }

    /** The last text parsed and its instant: the areas of one import or generation share their times. */
    private static volatile Formatted lastParsed = last;

    static Instant parse(String text) {
        Formatted f = lastParsed;
        if (f.text().equals(text)) {
            return f.instant();
        }
        try {
            Instant t = Instant.parse(text);
            lastParsed = new Formatted(t, text);
            return t;
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is not a UTC date and time such as "
                    + "2026-11-25T05:30:00.000Z.", e);
        }
    }
}
