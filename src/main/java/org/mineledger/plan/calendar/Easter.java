package org.mineledger.plan.calendar;

import java.time.LocalDate;

/** Easter Sunday by the Western (Gregorian) and the Orthodox (Julian) computus, as Gregorian dates. */
public final class Easter {
    private Easter() {
    }

    /** Western Easter: the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for any Gregorian year. */
    public static LocalDate western(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Orthodox Easter: Meeus's Julian algorithm, then moved to the Gregorian calendar by the century difference
     * between the two calendars (13 days from 1 March 1900 to 28 February 2100).
     */
    public static LocalDate orthodox(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        int century = year / 100;
        int julianToGregorian = century - century / 4 - 2;
        return LocalDate.of(year, month, day).plusDays(julianToGregorian);
    }
}
