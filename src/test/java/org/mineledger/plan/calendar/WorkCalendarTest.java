package org.mineledger.plan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected dates are from the countries' published holiday calendars and church tables, not from this code. */
class WorkCalendarTest {

    @Test
    void westernAndOrthodoxEasterMatchPublishedTables() {
        assertThat(Easter.western(2024)).isEqualTo("2024-03-31");
        assertThat(Easter.western(2025)).isEqualTo("2025-04-20");
        assertThat(Easter.western(2026)).isEqualTo("2026-04-05");
        assertThat(Easter.western(2038)).isEqualTo("2038-04-25");
        assertThat(Easter.orthodox(2023)).isEqualTo("2023-04-16");
        assertThat(Easter.orthodox(2024)).isEqualTo("2024-05-05");
        assertThat(Easter.orthodox(2025)).isEqualTo("2025-04-20");
        assertThat(Easter.orthodox(2026)).isEqualTo("2026-04-12");
    }

    @Test
    void finnishMidsummerAndAscensionMoveWithTheYear() {
        var fi = PublicHolidays.of(Country.FI, 2026);
        assertThat(fi).containsKeys(LocalDate.parse("2026-06-19"), LocalDate.parse("2026-06-20"),
                LocalDate.parse("2026-05-14"), LocalDate.parse("2026-10-31"), LocalDate.parse("2026-12-06"));
    }

    @Test
    void latvianWeekendHolidayIsAlsoTakenOnMonday() {
        assertThat(PublicHolidays.of(Country.LV, 2023)).containsKeys(LocalDate.parse("2023-11-18"),
                LocalDate.parse("2023-11-20"));
    }

    @Test
    void ukrainianCalendarUsesOrthodoxEasterAndTheNewDates() {
        var ua = PublicHolidays.of(Country.UA, 2026);
        assertThat(ua).containsKeys(LocalDate.parse("2026-04-12"), LocalDate.parse("2026-05-31"),
                LocalDate.parse("2026-12-25"), LocalDate.parse("2026-10-01"), LocalDate.parse("2026-07-15"));
        assertThat(ua).doesNotContainKeys(LocalDate.parse("2026-01-07"), LocalDate.parse("2026-04-05"));
    }

    @Test
    void eachCountryHasItsNationalDay() {
        assertThat(PublicHolidays.of(Country.EE, 2026)).containsKey(LocalDate.parse("2026-02-24"));
        assertThat(PublicHolidays.of(Country.LT, 2026)).containsKeys(LocalDate.parse("2026-02-16"),
                LocalDate.parse("2026-07-06"));
        assertThat(PublicHolidays.of(Country.PL, 2026)).containsKeys(LocalDate.parse("2026-11-11"),
                LocalDate.parse("2026-06-04"), LocalDate.parse("2026-12-24"));
        assertThat(PublicHolidays.of(Country.PL, 2024)).doesNotContainKey(LocalDate.parse("2024-12-24"));
    }

    @Test
    void daylightInHelsinkiAtMidwinterIsAboutSixHours() {
        // Helsinki 60.17 N, 21 Dec: sunrise 09:24, sunset 15:13 (timeanddate.com) = 5 h 49 min
        assertThat(Daylight.hours(60.17, LocalDate.parse("2026-12-21"))).isCloseTo(5.82, within(0.15));
        // 21 June: 03:54 to 22:50 = 18 h 56 min
        assertThat(Daylight.hours(60.17, LocalDate.parse("2026-06-21"))).isCloseTo(18.93, within(0.2));
    }

    @Test
    void explainsWhyADayIsNotWorked() {
        WorkCalendar cal = WorkCalendar.standard(Country.EE, 58.0)
                .withSeasons(List.of(new NoWorkSeason(MonthDay.of(12, 1), MonthDay.of(3, 15), "frozen ground")));
        assertThat(cal.whyNotWorking(LocalDate.parse("2026-06-23"))).hasValueSatisfying(
                r -> assertThat(r).contains("Victory Day"));
        assertThat(cal.whyNotWorking(LocalDate.parse("2026-06-27"))).hasValueSatisfying(
                r -> assertThat(r).contains("Saturday"));
        assertThat(cal.whyNotWorking(LocalDate.parse("2027-01-12"))).hasValueSatisfying(
                r -> assertThat(r).contains("frozen ground"));
        assertThat(cal.isWorkingDay(LocalDate.parse("2026-06-22"))).isTrue();
        assertThat(cal.firstWorkingDayFrom(LocalDate.parse("2026-06-23"))).isEqualTo("2026-06-25");
        assertThat(cal.lastOfWorkingDays(LocalDate.parse("2026-06-22"), 3)).isEqualTo("2026-06-26");
    }
}
