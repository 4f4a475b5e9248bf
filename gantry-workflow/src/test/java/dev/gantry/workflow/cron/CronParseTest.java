package dev.gantry.workflow.cron;

import static dev.gantry.workflow.cron.CronTesting.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronParseTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "* * * * *", "*/15 * * * *", "0 0 * * *", "30 5,17 * * *", "0 9-17/2 * * MON-FRI", "0 0 1 JAN,jul *",
        "15 4 * * sun", "5/10 * * * *", "0-59/30 0-23/6 1-31/10 1-12/3 0-6/2",
        "  0   12  *  *  1  ", "0\t0\t*\t*\t0", "0 0 29 2 *", "59 23 31 12 6", "0 0 * FEB-apr Tue-thu",
    })
    void acceptsValidExpressions(String expression) {
        assertThat(CronSchedule.parse(expression)).isInstanceOf(CronParse.Valid.class);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                  | 0  | expression is empty; expected 5 fields: minute hour day-of-month month day-of-week
            0 */3 * *           | 9  | expected exactly 5 fields (minute hour day-of-month month day-of-week), found 4
            0 0 * * * *         | 10 | expected exactly 5 fields (minute hour day-of-month month day-of-week), found 6
            @daily              | 0  | shortcuts such as @daily are not supported by GitHub; write 5 fields, e.g. "0 0 * * *"
            60 * * * *          | 0  | minute 60 is out of range (0-59)
            0 24 * * *          | 2  | hour 24 is out of range (0-23)
            0 0 0 * *           | 4  | day-of-month 0 is out of range (1-31)
            0 0 32 * *          | 4  | day-of-month 32 is out of range (1-31)
            0 0 * 13 *          | 6  | month 13 is out of range (1-12 or JAN-DEC)
            0 0 * * 7           | 8  | day-of-week 7 is out of range (0-6 or SUN-SAT); GitHub does not accept 7 for Sunday, use 0 or SUN
            0 0 * * MON-7       | 12 | day-of-week 7 is out of range (0-6 or SUN-SAT); GitHub does not accept 7 for Sunday, use 0 or SUN
            0 0 * FOO *         | 6  | unknown month name "FOO" (expected 1-12 or JAN-DEC)
            0 0 * * MONDAY      | 8  | unknown day-of-week name "MONDAY" (expected 0-6 or SUN-SAT)
            0 MON * * *         | 2  | unexpected "M" in the hour field
            */0 * * * *         | 2  | step 0 in the minute field must be at least 1
            */ * * * *          | 2  | missing step in the minute field
            1,,2 * * * *        | 2  | empty element in the minute field
            1, * * * *          | 2  | empty element in the minute field
            5-3 * * * *         | 0  | range 5-3 in the minute field is reversed; write the smaller value first
            0 0 * * FRI-MON     | 8  | range FRI-MON in the day-of-week field is reversed; write the smaller value first
            -5 * * * *          | 0  | missing value in the minute field
            1- * * * *          | 2  | missing value in the minute field
            0 0 L * *           | 4  | unexpected "L" in the day-of-month field
            0 0 ? * *           | 4  | unexpected "?" in the day-of-month field
            0 0 * * 1#2         | 9  | unexpected "#" in the day-of-week field
            1000 * * * *        | 0  | minute 1000 is out of range (0-59)
            */1000 * * * *      | 2  | step 1000 in the minute field is too large
            *-5 * * * *         | 0  | unexpected "*" in the minute field
            """)
    void rejectsWithMessageAndOffset(String expression, int offset, String message) {
        List<CronError> errors = CronSchedule.parse(expression).errors();
        assertThat(errors).isNotEmpty();
        assertThat(errors.getFirst().message()).isEqualTo(message);
        assertThat(errors.getFirst().offset()).isEqualTo(offset);
        assertThat(errors.getFirst().describe()).startsWith("invalid cron expression \"" + expression + "\": ");
    }

    @Test
    void reportsAnErrorInEveryBadField() {
        List<CronError> errors = CronSchedule.parse("60 24 0 13 7").errors();
        assertThat(errors).extracting(CronError::offset).containsExactly(0, 3, 6, 8, 11);
    }

    @Test
    void guardsLength() {
        assertThat(CronSchedule.parse("1,".repeat(600) + "1 * * * *").errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("longer than"));
    }

    @Test
    void expandsFieldsToValueSets() {
        CronSchedule s = schedule("0-59/20 9-17/4 5/10 jan-MAR,dec SUN,sat");
        assertThat(s.minutes()).isEqualTo(bits(0, 20, 40));
        assertThat(s.hours()).isEqualTo(bits(9, 13, 17));
        assertThat(s.daysOfMonth()).isEqualTo(bits(5, 15, 25));
        assertThat(s.months()).isEqualTo(bits(1, 2, 3, 12));
        assertThat(s.daysOfWeek()).isEqualTo(bits(0, 6));
        assertThat(s.domStar()).isFalse();
        assertThat(schedule("0 0 */2 * *").domStar()).isTrue();
        assertThat(schedule("0 0 * * *").dowStar()).isTrue();
    }

    private static long bits(int... values) {
        long mask = 0;
        for (int v : values) {
            mask |= 1L << v;
        }
        return mask;
    }
}
