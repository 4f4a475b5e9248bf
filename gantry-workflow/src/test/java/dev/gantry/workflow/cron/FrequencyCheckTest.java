package dev.gantry.workflow.cron;

import static dev.gantry.workflow.cron.CronTesting.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrequencyCheckTest {

    @ParameterizedTest(name = "{0} → {1} minutes")
    @CsvSource(delimiter = '|', textBlock = """
            * * * * *          | 1
            */4 * * * *        | 4
            */5 * * * *        | 5
            * */3 * * *        | 1
            0,2 * * * *        | 2
            58 * * * *         | 0
            58,1 * * * *       | 3
            58,1 5 * * *       | 57
            59 5,6 * * *       | 0
            59,0 5,6 * * *     | 1
            59,0 23,0 * * *    | 1
            59,0 23,0 1 * *    | 59
            0 0 * * *          | 0
            0 0 30 2 *         | 0
            """)
    void measuresTheShortestGap(String expression, int minutes) {
        var gap = FrequencyCheck.shortestSubHourInterval(schedule(expression));
        if (minutes == 0) {
            assertThat(gap).isEmpty();
        } else {
            assertThat(gap).contains(Duration.ofMinutes(minutes));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            */4 * * * *  | scheduled job runs too frequently. it runs once per 240 seconds. the shortest interval is once every 5 minutes
            * */3 * * *  | scheduled job runs too frequently. it runs once per 60 seconds. the shortest interval is once every 5 minutes
            */5 * * * *  |
            0 * * * *    |
            """)
    void warnsBelowFiveMinutes(String expression, String warning) {
        var actual = FrequencyCheck.warning(schedule(expression));
        if (warning == null) {
            assertThat(actual).isEmpty();
        } else {
            assertThat(actual).contains(warning);
        }
    }
}
