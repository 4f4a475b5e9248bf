package dev.gantry.workflow.cron;

import java.time.Duration;
import java.util.Optional;

/**
 * GitHub runs scheduled workflows at most once every 5 minutes; a schedule that asks for more is accepted but
 * does not run that often. This check measures a schedule's shortest gap between two consecutive fires.
 */
public final class FrequencyCheck {

    /** GitHub's shortest interval between two runs of one schedule. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(5);

    private FrequencyCheck() {}

    /**
     * The shortest gap between two consecutive fires when it is under one hour, else empty. Gaps inside an hour
     * and between consecutive allowed hours of a day are exact; a gap across midnight counts only when every
     * day fires.
     */
    public static Optional<Duration> shortestSubHourInterval(CronSchedule s) {
        if (!FireTimeFinder.canEverFire(s)) {
            return Optional.empty();
        }
        int firstMinute = FireTimeFinder.nextAllowed(s.minutes(), 0, 59);
        int lastMinute = 63 - Long.numberOfLeadingZeros(s.minutes());
        int best = Integer.MAX_VALUE;
        for (int m = firstMinute, next; (next = FireTimeFinder.nextAllowed(s.minutes(), m + 1, 59)) >= 0; m = next) {
            best = Math.min(best, next - m);
        }
        boolean everyDay = (s.domStar() && s.dowStar() && Long.bitCount(s.daysOfMonth()) == 31
                && Long.bitCount(s.daysOfWeek()) == 7 && Long.bitCount(s.months()) == 12);
        for (int h = 0; h < 24; h++) {
            int nextHour = h == 23 ? 0 : h + 1;
            boolean adjacent = h < 23 || everyDay;
            if (adjacent && CronSchedule.has(s.hours(), h) && CronSchedule.has(s.hours(), nextHour)) {
                best = Math.min(best, 60 - lastMinute + firstMinute);
            }
        }
        return best < 60 ? Optional.of(Duration.ofMinutes(best)) : Optional.empty();
    }

    /**
     * The warning for a schedule that asks to run more often than every 5 minutes, e.g.
     * {@code scheduled job runs too frequently. it runs once per 60 seconds. the shortest interval is once every
     * 5 minutes}; empty when the schedule is fine.
     */
    public static Optional<String> warning(CronSchedule s) {
        return shortestSubHourInterval(s).filter(gap -> gap.compareTo(MIN_INTERVAL) < 0)
                .map(gap -> ("scheduled job runs too frequently. it runs once per %d seconds. the shortest interval "
                        + "is once every %d minutes").formatted(gap.toSeconds(), MIN_INTERVAL.toMinutes()));
    }
}
