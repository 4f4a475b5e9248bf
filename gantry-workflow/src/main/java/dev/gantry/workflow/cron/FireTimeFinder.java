package dev.gantry.workflow.cron;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Finds the next fire time of a schedule by jumping to the next allowed month, day, hour and minute in turn,
 * never minute by minute. A schedule whose days can never occur ({@code 0 0 30 2 *}) is recognised up front;
 * every other schedule fires within one 400-year Gregorian cycle, the bound of the search.
 */
final class FireTimeFinder {

    /** The Gregorian calendar repeats (dates and weekdays) every 400 years. */
    static final int SEARCH_YEARS = 400;
    /** Instants past this year (or before its negation) are out of scope, so the search cannot overflow. */
    static final int LAST_YEAR = 1_000_000;
    private static final int[] MAX_DAYS = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private FireTimeFinder() {}

    static Optional<Instant> next(CronSchedule s, Instant after) {
        Instant last = LocalDateTime.of(LAST_YEAR, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        Instant first = LocalDateTime.of(-LAST_YEAR, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        if (!canEverFire(s) || after.isAfter(last)) {
            return Optional.empty();
        }
        Instant from = after.isBefore(first) ? first : after;
        LocalDateTime t = LocalDateTime.ofInstant(from, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        int lastYear = t.getYear() + SEARCH_YEARS;
        while (t.getYear() <= lastYear) {
            int month = nextAllowed(s.months(), t.getMonthValue(), 12);
            if (month != t.getMonthValue()) {
                t = month < 0 ? LocalDateTime.of(t.getYear() + 1, 1, 1, 0, 0)
                        : LocalDateTime.of(t.getYear(), month, 1, 0, 0);
                continue;
            }
            if (!s.dayMatches(t.getDayOfMonth(), t.getDayOfWeek().getValue() % 7)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
                continue;
            }
            int hour = nextAllowed(s.hours(), t.getHour(), 23);
            if (hour != t.getHour()) {
                t = hour < 0 ? t.truncatedTo(ChronoUnit.DAYS).plusDays(1) : t.withHour(hour).withMinute(0);
                continue;
            }
            int minute = nextAllowed(s.minutes(), t.getMinute(), 59);
            if (minute < 0) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
                continue;
            }
            return Optional.of(t.withMinute(minute).toInstant(ZoneOffset.UTC));
        }
        return Optional.empty();
    }

    /** The smallest allowed value {@code >= from} and {@code <= max}, or -1. */
    static int nextAllowed(long mask, int from, int max) {
        if (from > 63) {
            return -1;
        }
        long rest = mask & (-1L << from);
        int value = Long.numberOfTrailingZeros(rest);
        return rest != 0 && value <= max ? value : -1;
    }

    /**
     * Whether some day can ever match. When day-of-week restricts on its own (either field starts with
     * {@code *}, so both must match), every real date meets every weekday within 400 years, so only the
     * day-of-month and month fields can make a schedule impossible: e.g. only the 30th or 31st of February.
     */
    static boolean canEverFire(CronSchedule s) {
        if (!s.domStar() && !s.dowStar() && s.daysOfWeek() != 0) {
            return true;
        }
        for (int month = 1; month <= 12; month++) {
            if (CronSchedule.has(s.months(), month)
                    && nextAllowed(s.daysOfMonth(), 1, MAX_DAYS[month]) > 0) {
                return true;
            }
        }
        return false;
    }
}
