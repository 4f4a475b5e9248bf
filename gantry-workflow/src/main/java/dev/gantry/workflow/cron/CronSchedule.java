package dev.gantry.workflow.cron;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed cron expression: the allowed values of each field as bit masks (bit {@code v} set when {@code v} is
 * allowed). Times are UTC. Immutable and safe to share between threads.
 *
 * <p>Days follow the classic cron rule: when both day-of-month and day-of-week are restricted (neither field
 * starts with {@code *}), a day matches if <em>either</em> matches; otherwise both must match.
 *
 * @param source  the expression as written
 * @param domStar whether the day-of-month field starts with {@code *} (so it does not restrict on its own)
 * @param dowStar whether the day-of-week field starts with {@code *}
 */
public record CronSchedule(String source, long minutes, long hours, long daysOfMonth, long months,
                           long daysOfWeek, boolean domStar, boolean dowStar) {

    /** Longer expressions are rejected as errors. */
    public static final int MAX_LENGTH = 1000;

    public CronSchedule {
        Objects.requireNonNull(source, "source");
    }

    /** Parses a 5-field expression; never throws for bad input, which yields {@link CronParse.Invalid}. */
    public static CronParse parse(String expression) {
        return CronParser.parse(Objects.requireNonNull(expression, "expression"));
    }

    /** Whether the schedule fires at the minute {@code time} (UTC; seconds are ignored). */
    public boolean matches(LocalDateTime time) {
        return has(minutes, time.getMinute()) && has(hours, time.getHour()) && has(months, time.getMonthValue())
                && dayMatches(time.getDayOfMonth(), time.getDayOfWeek().getValue() % 7);
    }

    /** Whether the day passes, by the day-of-month / day-of-week rule above. {@code dayOfWeek}: 0 is Sunday. */
    boolean dayMatches(int dayOfMonth, int dayOfWeek) {
        boolean dom = has(daysOfMonth, dayOfMonth);
        boolean dow = has(daysOfWeek, dayOfWeek);
        return domStar || dowStar ? dom && dow : dom || dow;
    }

    /**
     * The first time strictly after {@code after} at which the schedule fires, or empty when it never fires
     * (such as {@code 0 0 30 2 *}). Jumps field by field, so it costs at most a few thousand steps.
     */
    public Optional<Instant> nextAfter(Instant after) {
        return FireTimeFinder.next(this, Objects.requireNonNull(after, "after"));
    }

    static boolean has(long mask, int value) {
        return (mask & (1L << value)) != 0;
    }

    @Override
    public String toString() {
        return source;
    }
}
