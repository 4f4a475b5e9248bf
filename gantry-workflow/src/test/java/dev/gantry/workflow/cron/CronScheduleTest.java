package dev.gantry.workflow.cron;

import static dev.gantry.workflow.cron.CronTesting.schedule;
import static dev.gantry.workflow.cron.CronTesting.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleTest {

    @ParameterizedTest(name = "{0} after {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            * * * * *           | 2024-03-10T02:00    | 2024-03-10T02:01
            */15 * * * *        | 2024-01-01T00:00    | 2024-01-01T00:15
            */15 * * * *        | 2024-01-01T00:59    | 2024-01-01T01:00
            0 0 * * *           | 2024-12-31T23:59    | 2025-01-01T00:00
            30 5,17 * * *       | 2024-06-01T05:30    | 2024-06-01T17:30
            30 5,17 * * *       | 2024-06-01T17:30    | 2024-06-02T05:30
            0 0 29 2 *          | 2024-02-29T00:00    | 2028-02-29T00:00
            0 0 29 2 *          | 2023-03-01T00:00    | 2024-02-29T00:00
            0 0 29 2 *          | 2096-03-01T00:00    | 2104-02-29T00:00
            0 12 31 * *         | 2024-04-01T00:00    | 2024-05-31T12:00
            0 0 31 4,6,9,11,12 * | 2024-01-01T00:00   | 2024-12-31T00:00
            0 0 30 * *          | 2024-01-31T00:00    | 2024-03-30T00:00
            0 0 1 * *           | 2024-01-31T23:59    | 2024-02-01T00:00
            59 23 31 12 *       | 2024-12-31T23:59    | 2025-12-31T23:59
            0 9 * * MON-FRI     | 2024-06-07T09:00    | 2024-06-10T09:00
            0 9 * * 0           | 2024-06-07T09:00    | 2024-06-09T09:00
            0 9 * * sat,sun     | 2024-06-03T00:00    | 2024-06-08T09:00
            0 0 13 * 5          | 2024-09-01T00:00    | 2024-09-06T00:00
            0 0 13 * 5          | 2024-09-06T00:00    | 2024-09-13T00:00
            0 0 */10 * 1        | 2024-07-01T00:00    | 2024-10-21T00:00
            0 0 */10 * 1        | 2024-06-01T00:00    | 2024-07-01T00:00
            0 0 1 * 1           | 2024-09-01T00:00    | 2024-09-02T00:00
            0-30/10 8-10/2 * * * | 2024-01-01T08:30   | 2024-01-01T10:00
            5/20 * * * *        | 2024-01-01T00:45    | 2024-01-01T01:05
            0 0 * FEB *         | 2024-02-29T00:00    | 2025-02-01T00:00
            0 0 * * *           | 2024-01-01T00:00:30 | 2024-01-02T00:00
            15 * * * *          | 2024-01-01T00:14:59 | 2024-01-01T00:15
            """)
    void findsTheNextFireTime(String expression, String after, String expected) {
        assertThat(schedule(expression).nextAfter(utc(after))).contains(utc(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0 0 30 2 *
            0 0 31 2,4,6,9,11 *
            0 0 30,31 FEB *
            """)
    void impossibleSchedulesNeverFire(String expression) {
        assertThat(schedule(expression).nextAfter(utc("2024-01-01T00:00"))).isEmpty();
    }

    @Test
    void dayOfWeekAndDayOfMonthBothRestrictedMatchEither() {
        CronSchedule s = schedule("0 0 30 2 MON");
        assertThat(s.nextAfter(utc("2024-02-01T00:00"))).contains(utc("2024-02-05T00:00"));
    }

    @Test
    void fireTimesStrictlyIncrease() {
        CronSchedule s = schedule("*/7 */5 * * *");
        Instant t = utc("2024-02-28T00:00");
        for (int i = 0; i < 500; i++) {
            Instant next = s.nextAfter(t).orElseThrow();
            assertThat(next).isAfter(t);
            assertThat(s.matches(java.time.LocalDateTime.ofInstant(next, java.time.ZoneOffset.UTC))).isTrue();
            t = next;
        }
    }

    @Test
    void extremeInstantsDoNotOverflow() {
        CronSchedule s = schedule("0 0 29 2 *");
        assertThat(s.nextAfter(Instant.MAX)).isEmpty();
        assertThat(s.nextAfter(Instant.MIN)).isPresent();
        assertThat(schedule("* * * * *").nextAfter(Instant.EPOCH.minus(1, ChronoUnit.SECONDS)))
                .contains(Instant.EPOCH);
    }
}
