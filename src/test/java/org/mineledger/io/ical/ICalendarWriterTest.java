package org.mineledger.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.monitoring.ItemKind;
import org.mineledger.plan.monitoring.ScheduledItem;

class ICalendarWriterTest {
    @TempDir
    Path dir;

    private static final String LONG_REASON = "laid minefield near a settlement: every month; Перевірка, "
            + "kontrola; « vérification » — with a comma, a semicolon; and a backslash \\ in a line long enough "
            + "to be folded more than once by the writer";

    static List<ScheduledItem> items() {
        return List.of(
                new ScheduledItem("HA-0001-routine-2026-03-10@mineledger", HazardReference.numbered(1), "Team 2",
                        ItemKind.ROUTINE_INSPECTION, LocalDate.of(2026, 3, 10), "Inspect marking of HA-0001",
                        LONG_REASON),
                new ScheduledItem("HA-0002-sd-2026-02-09@mineledger", HazardReference.numbered(2), "Team 1",
                        ItemKind.SELF_DESTRUCT_REVIEW, LocalDate.of(2026, 2, 9), "Self-destruct review of HA-0002",
                        "mines self-destruct 720 h after laying"));
    }

    @Test
    void aRealParserReadsBackEveryEventWithItsTextIntact() throws Exception {
        String text = new ICalendarWriter(Instant.parse("2026-11-27T16:00:00Z"), "TRAINING — FICTIONAL DATA")
                .text(items(), "MineLedger monitoring");
        Calendar cal = new CalendarBuilder().build(new StringReader(text));
        cal.validate();
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getUid().getValue()).isEqualTo("HA-0001-routine-2026-03-10@mineledger");
        assertThat(first.getStartDate().getValue()).isEqualTo("20260310");
        assertThat(first.getDateStamp().getValue()).isEqualTo("20261127T160000Z");
        assertThat(first.getSummary().getValue()).isEqualTo("[TRAINING — FICTIONAL DATA] Inspect marking of HA-0001");
        assertThat(first.getDescription().getValue()).endsWith(LONG_REASON).contains("for HA-0001, Team 2.\n");
    }

    @Test
    void linesEndInCrlfAndNoneIsLongerThan75Octets() {
        String text = new ICalendarWriter(Instant.parse("2026-11-27T16:00:00Z"), "").text(items(), "x");
        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String[] lines = text.split("\r\n");
        for (String l : lines) {
            assertThat(l.getBytes(StandardCharsets.UTF_8).length).as(l).isLessThanOrEqualTo(75);
        }
        assertThat(lines).anyMatch(l -> l.startsWith(" ")); // the long description was folded
    }

    @Test
    void oneFilePerTeamEachParses() throws Exception {
        List<Path> files = new ICalendarWriter(Instant.parse("2026-11-27T16:00:00Z"), "").writePerTeam(items(), dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("monitoring-team-2.ics", "monitoring-team-1.ics");
        for (Path f : files) {
            Calendar cal = new CalendarBuilder().build(Files.newInputStream(f));
            assertThat(cal.getComponents(Component.VEVENT)).hasSize(1);
        }
    }

    @Test
    void escapesTextPerRfc5545() {
        assertThat(ICalendarWriter.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }
}
