package org.mineledger.plan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statutory public holidays (days off work) of a country in a year, with their names. Rules as in each
 * country's holiday law in force in 2025 (FI Act 1986/1017 and customary Midsummer/Christmas Eve; PL Act of
 * 18 January 1951 as amended, Christmas Eve from 2025; EE Public Holidays and Days of National Importance Act;
 * LV Law on Public Holidays, Commemoration Days and Celebration Days; LT Labour Code art. 123; UA Labour Code
 * art. 73 as amended in 2023). Earlier years use the same list except where a change is dated below.
 * Ukraine: under martial law (from 24 February 2022) holidays are working days by Law 2136-IX; a planner
 * working there should set the calendar to ignore holidays.
 */
public final class PublicHolidays {
    private PublicHolidays() {
    }

    /** Holiday dates of {@code country} in {@code year}, sorted, each with its English name. */
    public static Map<LocalDate, String> of(Country country, int year) {
        Map<LocalDate, String> h = new TreeMap<>();
        LocalDate easter = Easter.western(year);
        switch (country) {
            case FI -> {
                fixed(h, year, 1, 1, "New Year's Day");
                fixed(h, year, 1, 6, "Epiphany");
                h.put(easter.minusDays(2), "Good Friday");
                h.put(easter, "Easter Sunday");
                h.put(easter.plusDays(1), "Easter Monday");
                fixed(h, year, 5, 1, "May Day");
                h.put(easter.plusDays(39), "Ascension Day");
                h.put(easter.plusDays(49), "Whitsunday");
                LocalDate midsummerEve = firstOnOrAfter(year, Month.JUNE, 19, DayOfWeek.FRIDAY);
                h.put(midsummerEve, "Midsummer Eve");
                h.put(midsummerEve.plusDays(1), "Midsummer Day");
                h.put(firstOnOrAfter(year, Month.OCTOBER, 31, DayOfWeek.SATURDAY), "All Saints' Day");
                fixed(h, year, 12, 6, "Independence Day");
                fixed(h, year, 12, 24, "Christmas Eve");
                fixed(h, year, 12, 25, "Christmas Day");
                fixed(h, year, 12, 26, "St Stephen's Day");
            }
            case PL -> {
                fixed(h, year, 1, 1, "New Year's Day");
                fixed(h, year, 1, 6, "Epiphany");
                h.put(easter, "Easter Sunday");
                h.put(easter.plusDays(1), "Easter Monday");
                fixed(h, year, 5, 1, "Labour Day");
                fixed(h, year, 5, 3, "Constitution Day");
                h.put(easter.plusDays(49), "Pentecost Sunday");
                h.put(easter.plusDays(60), "Corpus Christi");
                fixed(h, year, 8, 15, "Assumption Day");
                fixed(h, year, 11, 1, "All Saints' Day");
                fixed(h, year, 11, 11, "Independence Day");
                if (year >= 2025) {
                    fixed(h, year, 12, 24, "Christmas Eve");
                }
                fixed(h, year, 12, 25, "Christmas Day");
                fixed(h, year, 12, 26, "Second Day of Christmas");
            }
            case EE -> {
                fixed(h, year, 1, 1, "New Year's Day");
                fixed(h, year, 2, 24, "Independence Day");
                h.put(easter.minusDays(2), "Good Friday");
                h.put(easter, "Easter Sunday");
                fixed(h, year, 5, 1, "Spring Day");
                h.put(easter.plusDays(49), "Whitsunday");
                fixed(h, year, 6, 23, "Victory Day");
                fixed(h, year, 6, 24, "Midsummer Day");
                fixed(h, year, 8, 20, "Day of Restoration of Independence");
                fixed(h, year, 12, 24, "Christmas Eve");
                fixed(h, year, 12, 25, "Christmas Day");
                fixed(h, year, 12, 26, "Boxing Day");
            }
            case LV -> {
                fixed(h, year, 1, 1, "New Year's Day");
                h.put(easter.minusDays(2), "Good Friday");
                h.put(easter, "Easter Sunday");
                h.put(easter.plusDays(1), "Easter Monday");
                fixed(h, year, 5, 1, "Labour Day");
                movedToMonday(h, LocalDate.of(year, 5, 4), "Restoration of Independence Day");
                fixed(h, year, 6, 23, "Midsummer Eve (Līgo)");
                fixed(h, year, 6, 24, "Midsummer Day (Jāņi)");
                movedToMonday(h, LocalDate.of(year, 11, 18), "Proclamation Day");
                fixed(h, year, 12, 24, "Christmas Eve");
                fixed(h, year, 12, 25, "Christmas Day");
                fixed(h, year, 12, 26, "Second Day of Christmas");
                fixed(h, year, 12, 31, "New Year's Eve");
            }
            case LT -> {
                fixed(h, year, 1, 1, "New Year's Day");
                fixed(h, year, 2, 16, "Restoration of the State Day");
                fixed(h, year, 3, 11, "Restoration of Independence Day");
                h.put(easter, "Easter Sunday");
                h.put(easter.plusDays(1), "Easter Monday");
                fixed(h, year, 5, 1, "Labour Day");
                h.put(firstOnOrAfter(year, Month.MAY, 1, DayOfWeek.SUNDAY), "Mother's Day");
                h.put(firstOnOrAfter(year, Month.JUNE, 1, DayOfWeek.SUNDAY), "Father's Day");
                fixed(h, year, 6, 24, "St John's Day");
                fixed(h, year, 7, 6, "Statehood Day");
                fixed(h, year, 8, 15, "Assumption Day");
                fixed(h, year, 11, 1, "All Saints' Day");
                fixed(h, year, 11, 2, "All Souls' Day");
                fixed(h, year, 12, 24, "Christmas Eve");
                fixed(h, year, 12, 25, "Christmas Day");
                fixed(h, year, 12, 26, "Second Day of Christmas");
            }
            case UA -> ukraine(h, year);
        }
        return Collections.unmodifiableMap(h);
    }

    private static void ukraine(Map<LocalDate, String> h, int year) {
        LocalDate easter = Easter.orthodox(year);
        fixed(h, year, 1, 1, "New Year's Day");
        if (year < 2024) {
            fixed(h, year, 1, 7, "Orthodox Christmas");
        }
        fixed(h, year, 3, 8, "International Women's Day");
        h.put(easter, "Easter (Orthodox)");
        h.put(easter.plusDays(49), "Trinity (Orthodox)");
        fixed(h, year, 5, 1, "Labour Day");
        if (year >= 2023) {
            fixed(h, year, 5, 8, "Day of Remembrance and Victory");
        } else {
            fixed(h, year, 5, 9, "Victory Day");
        }
        fixed(h, year, 6, 28, "Constitution Day");
        if (year >= 2023) {
            fixed(h, year, 7, 15, "Statehood Day");
        }
        fixed(h, year, 8, 24, "Independence Day");
        fixed(h, year, 10, year >= 2023 ? 1 : 14, "Defenders Day");
        if (year >= 2017) {
            fixed(h, year, 12, 25, "Christmas Day");
        }
    }

    private static void fixed(Map<LocalDate, String> h, int year, int month, int day, String name) {
        h.merge(LocalDate.of(year, month, day), name, (a, b) -> a + " / " + b);
    }

    /** A holiday that falls on a weekend is also taken on the next Monday (Latvian rule for 4 May, 18 November). */
    private static void movedToMonday(Map<LocalDate, String> h, LocalDate date, String name) {
        h.put(date, name);
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            h.put(date.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), name + " (moved)");
        }
    }

    private static LocalDate firstOnOrAfter(int year, Month month, int day, DayOfWeek dow) {
        return LocalDate.of(year, month, day).with(TemporalAdjusters.nextOrSame(dow));
    }
}
