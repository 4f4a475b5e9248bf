package dev.gantry.server.schedule;

import dev.gantry.workflow.cron.CronSchedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The latest fire times of a cron in an interval, found without walking every minute of a long downtime: it
 * looks back from the end over growing windows (an hour, a day, a month, a year, ten years, then all) and stops
 * at the first that holds enough. Pure and thread-safe.
 */
final class DueTimes {

    private static final List<Duration> WINDOWS = List.of(Duration.ofHours(1), Duration.ofDays(1),
            Duration.ofDays(32), Duration.ofDays(366), Duration.ofDays(3660));

    private DueTimes() {
    }

    /** The latest {@code count} (at least 1) fire times of {@code cron} after {@code after} and up to {@code upTo}, in order. */
    static List<Instant> latest(CronSchedule cron, Instant after, Instant upTo, int count) {
        if (!after.isBefore(upTo)) {
            return List.of();
        }
        for (Duration window : WINDOWS) {
            Instant from = upTo.minus(window);
            if (!from.isAfter(after)) {
                break;
            }
            List<Instant> found = between(cron, from, upTo, count);
            if (found.size() >= count) {
                return found;
            }
        }
        return between(cron, after, upTo, count);
    }

    private static List<Instant> between(CronSchedule cron, Instant after, Instant upTo, int count) {
        Deque<Instant> last = new ArrayDeque<>();
        Optional<Instant> next = cron.nextAfter(after);
        while (next.isPresent() && !next.get().isAfter(upTo)) {
            last.addLast(next.get());
            if (last.size() > count) {
                last.removeFirst();
            }
            next = cron.nextAfter(next.get());
        }
        return List.copyOf(last);
    }
}
