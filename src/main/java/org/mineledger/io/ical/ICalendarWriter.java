package org.mineledger.io.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mineledger.io.DataFileException;
import org.mineledger.plan.monitoring.ScheduledItem;

/**
 * Writes monitoring items as an iCalendar file (RFC 5545): one all-day VEVENT per inspection, review or
 * follow-up, with a stable UID so that re-importing updates events instead of duplicating them. Lines end in
 * CRLF and are folded at 75 octets without splitting a UTF-8 character; text values are escaped (3.3.11).
 */
public final class ICalendarWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final Instant stamp;
    private final String trainingBanner;

    /**
     * @param stamp          DTSTAMP of every event: when the file was made
     * @param trainingBanner "TRAINING — FICTIONAL DATA" for training data (put in each summary), "" for real data
     */
    public ICalendarWriter(Instant stamp, String trainingBanner) {
        this.stamp = stamp;
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner;
    }

    public void write(List<ScheduledItem> items, String calendarName, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text(items, calendarName).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DataFileException("Cannot write the calendar file " + file + ": " + e.getMessage()
                    + ". Check that the folder exists and you may write to it.", e);
        }
    }

    /** One file per team in {@code folder}, named {@code monitoring-TEAM.ics}; items with no team in "unassigned". */
    public List<Path> writePerTeam(List<ScheduledItem> items, Path folder) {
        Map<String, List<ScheduledItem>> byTeam = new LinkedHashMap<>();
        for (ScheduledItem i : items) {
            byTeam.computeIfAbsent(i.team().isEmpty() ? "unassigned" : i.team(), t -> new ArrayList<>()).add(i);
        }
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, List<ScheduledItem>> e : byTeam.entrySet()) {
            String slug = e.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            Path f = folder.resolve("monitoring-" + (slug.isEmpty() ? "team" : slug) + ".ics");
            write(e.getValue(), "MineLedger monitoring — " + e.getKey(), f);
            files.add(f);
        }
        return files;
    }

    /** The whole calendar as text with CRLF line ends. */
    public String text(List<ScheduledItem> items, String calendarName) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//MineLedger//Monitoring schedule 0.1//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        line(b, "X-WR-CALNAME:" + escape(calendarName));
        for (ScheduledItem i : items) {
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + i.uid());
            line(b, "DTSTAMP:" + STAMP.format(stamp));
            line(b, "DTSTART;VALUE=DATE:" + DATE.format(i.due()));
            line(b, "DTEND;VALUE=DATE:" + DATE.format(i.due().plusDays(1)));
            line(b, "SUMMARY:" + escape((trainingBanner.isEmpty() ? "" : "[" + trainingBanner + "] ") + i.title()));
            line(b, "DESCRIPTION:" + escape(i.kind().label() + " due " + i.due() + " for " + i.area()
                    + (i.team().isEmpty() ? "" : ", " + i.team()) + ".\n" + i.reason()));
            line(b, "CATEGORIES:" + escape(i.kind().label()));
            line(b, "TRANSP:TRANSPARENT");
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped in TEXT values. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** RFC 5545 3.1: content lines longer than 75 octets are folded with CRLF and one space. */
    static void line(StringBuilder b, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                b.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            b.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}
