package dev.gantry.workflow.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Compares {@link CronSchedule#nextAfter} with a plain minute-by-minute scan on seeded random expressions. */
class FireTimeFinderPropertyTest {

    private static final long SEED = 20240229L;
    private static final int EXPRESSIONS = 300;
    /** The brute-force scan looks this many minutes ahead (a little over 2 years). */
    private static final int SCAN_MINUTES = 2 * 366 * 24 * 60 + 60;

    @Test
    void agreesWithBruteForce() {
        Random random = new Random(SEED);
        for (int i = 0; i < EXPRESSIONS; i++) {
            String expression = String.join(" ", field(random, 0, 59, 8), field(random, 0, 23, 6),
                    field(random, 1, 31, 12), field(random, 1, 12, 12), field(random, 0, 6, 6));
            CronSchedule schedule = CronTesting.schedule(expression);
            LocalDateTime start = LocalDateTime.of(2020 + random.nextInt(10), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
            Instant after = start.toInstant(ZoneOffset.UTC);
            Optional<Instant> expected = bruteForce(schedule, start);
            Optional<Instant> actual = schedule.nextAfter(after);
            if (expected.isPresent()) {
                assertThat(actual).as("%s after %s", expression, start).isEqualTo(expected);
            } else {
                assertThat(actual.filter(t -> !t.isAfter(after.plusSeconds(60L * SCAN_MINUTES))))
                        .as("%s after %s", expression, start).isEmpty();
            }
        }
    }

    private static Optional<Instant> bruteForce(CronSchedule schedule, LocalDateTime start) {
        LocalDateTime t = start.withSecond(0).plusMinutes(1);
        for (int i = 0; i < SCAN_MINUTES; i++, t = t.plusMinutes(1)) {
            if (schedule.matches(t)) {
                return Optional.of(t.toInstant(ZoneOffset.UTC));
            }
        }
        return Optional.empty();
    }

    /** A random field: mostly {@code *}-like, sometimes values, ranges, steps and lists. */
    private static String field(Random random, int min, int max, int wildcardWeight) {
        int kind = random.nextInt(wildcardWeight + 5);
        if (kind >= 5) {
            return random.nextBoolean() ? "*" : "*/" + (1 + random.nextInt(Math.max(1, (max - min) / 2)));
        }
        List<String> parts = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int a = min + random.nextInt(max - min + 1);
            int b = a + random.nextInt(max - a + 1);
            parts.add(switch (kind) {
                case 0, 1 -> Integer.toString(a);
                case 2 -> a + "-" + b;
                case 3 -> a + "-" + b + "/" + (1 + random.nextInt(5));
                default -> a + "/" + (1 + random.nextInt(10));
            });
        }
        return String.join(",", parts);
    }
}
