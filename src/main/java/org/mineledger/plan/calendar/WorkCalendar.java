package org.mineledger.plan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When field teams may work: working days of the week, the country's public holidays, no-work seasons and a
 * daylight limit at the site's latitude. A day is a working day only when none of these rules forbids it.
 *
 * @param workingDays         days of the week teams work (default Monday to Friday)
 * @param country             whose public holidays are days off; empty for none (e.g. Ukraine under martial law)
 * @param seasons             parts of the year without field work
 * @param latitudeDeg         site latitude for the daylight rule
 * @param minDaylightHours    a day with less daylight than this is not worked (0 to ignore daylight)
 */
public record WorkCalendar(Set<DayOfWeek> workingDays, Optional<Country> country, List<NoWorkSeason> seasons,
        double latitudeDeg, double minDaylightHours) {
    /** Default daylight minimum: 6 working hours (DOMAIN: deminers work at most about 6 hours) plus 2 h travel. */
    public static final double DEFAULT_MIN_DAYLIGHT_HOURS = 8;
    private static final int MAX_SEARCH_DAYS = 366 * 5;
    private static final Map<String, Map<LocalDate, String>> HOLIDAYS = new ConcurrentHashMap<>();

    public WorkCalendar {
        workingDays = workingDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workingDays));
        Objects.requireNonNull(country, "country");
        seasons = List.copyOf(seasons);
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("The work calendar has no working day in the week; tick at least one.");
        }
        if (latitudeDeg < -90 || latitudeDeg > 90) {
            throw new IllegalArgumentException("Site latitude " + latitudeDeg + " is not between -90 and 90 degrees.");
        }
        if (minDaylightHours < 0 || minDaylightHours > 24) {
            throw new IllegalArgumentException("Daylight minimum " + minDaylightHours + " h must be 0 to 24 hours.");
        }
    }

    /** Monday to Friday with the country's holidays, no season, the default daylight minimum. */
    public static WorkCalendar standard(Country country, double latitudeDeg) {
        return new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Optional.of(country), List.of(),
                latitudeDeg, DEFAULT_MIN_DAYLIGHT_HOURS);
    }

    public WorkCalendar withSeasons(List<NoWorkSeason> newSeasons) {
        return new WorkCalendar(workingDays, country, newSeasons, latitudeDeg, minDaylightHours);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (!workingDays.contains(date.getDayOfWeek())) {
            return false;
        }
        if (country.isPresent() && holidays(country.get(), date.getYear()).containsKey(date)) {
            return false;
        }
        for (NoWorkSeason s : seasons) {
            if (s.contains(date)) {
                return false;
            }
        }
        return Daylight.hours(latitudeDeg, date) >= minDaylightHours;
    }

    private static Map<LocalDate, String> holidays(Country c, int year) {
        return HOLIDAYS.computeIfAbsent(c + "-" + year, k -> PublicHolidays.of(c, year));
    }

    /** Why no field work is done on a date, or empty on a working day. */
    public Optional<String> whyNotWorking(LocalDate date) {
        if (!workingDays.contains(date.getDayOfWeek())) {
            return Optional.of(date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    + " is not a working day");
        }
        if (country.isPresent()) {
            Country c = country.get();
            String holiday = holidays(c, date.getYear()).get(date);
            if (holiday != null) {
                return Optional.of("public holiday in " + c.label() + ": " + holiday);
            }
        }
        for (NoWorkSeason s : seasons) {
            if (s.contains(date)) {
                return Optional.of("no-work season: " + s.reason());
            }
        }
        double daylight = Daylight.hours(latitudeDeg, date);
        if (daylight < minDaylightHours) {
            return Optional.of(String.format(Locale.ROOT, "daylight %.1f h is below the %.1f h minimum", daylight,
                    minDaylightHours));
        }
        return Optional.empty();
    }

    /** The first working day on or after {@code date}. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate d = date;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("The work calendar has no working day in the five years after " + date
                + "; check the working days, seasons and the daylight minimum.");
    }

    /** The last of {@code n} working days (n ≥ 1) counted from the first working day on or after {@code date}. */
    public LocalDate lastOfWorkingDays(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("A stretch of work needs at least one working day, not " + n + ".");
        }
        LocalDate d = firstWorkingDayFrom(date);
        for (int i = 1; i < n; i++) {
            d = firstWorkingDayFrom(d.plusDays(1));
        }
        return d;
    }
}
