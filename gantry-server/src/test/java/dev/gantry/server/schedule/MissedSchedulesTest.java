package dev.gantry.server.schedule;

import dev.gantry.workflow.cron.CronParse;
import dev.gantry.workflow.cron.CronSchedule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which due times a policy fires, and finding the latest due times of a long downtime. Pure, no clock. */
class MissedSchedulesTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void dueTimesAreTheLatestInTheIntervalInOrder() {
        CronSchedule quarterly = cron("*/15 * * * *");
        assertThat(DueTimes.latest(quarterly, NOON.minus(Duration.ofHours(1)), NOON, 3)).containsExactly(
                Instant.parse("2026-03-02T11:30:00Z"), Instant.parse("2026-03-02T11:45:00Z"), NOON);
        assertThat(DueTimes.latest(quarterly, NOON.minusSeconds(60), NOON, 5)).containsExactly(NOON);
        assertThat(DueTimes.latest(quarterly, NOON, NOON, 5)).isEmpty();
        assertThat(DueTimes.latest(quarterly, NOON.minusSeconds(60), NOON.minusSeconds(1), 5)).isEmpty();
    }

    @Test
    void aYearOfDowntimeOfAnEveryMinuteCronIsFoundWithoutWalkingIt() {
        CronSchedule everyMinute = cron("* * * * *");
        Instant yearAgo = NOON.minus(Duration.ofDays(365));
        assertThat(DueTimes.latest(everyMinute, yearAgo, NOON, 1)).containsExactly(NOON);
        assertThat(DueTimes.latest(everyMinute, yearAgo, NOON, MissedSchedules.ALL_CAP))
                .hasSize(MissedSchedules.ALL_CAP).endsWith(NOON);
        CronSchedule yearly = cron("0 0 1 1 *");
        assertThat(DueTimes.latest(yearly, NOON.minus(Duration.ofDays(3 * 366)), NOON, 1))
                .containsExactly(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(DueTimes.latest(cron("0 0 30 2 *"), yearAgo, NOON, 1)).as("never fires").isEmpty();
    }

    @Test
    void oncefiresTheLatestMissedTimeAllFiresEachSkipDropsLateOnes() {
        List<Instant> due = List.of(NOON.minusSeconds(1800), NOON.minusSeconds(900), NOON.minusSeconds(600));
        assertThat(MissedSchedules.ONCE.plan(due, NOON).fires()).containsExactly(NOON.minusSeconds(600));
        assertThat(MissedSchedules.ALL.plan(due, NOON).fires()).isEqualTo(due);
        var skipped = MissedSchedules.SKIP.plan(due, NOON);
        assertThat(skipped.fires()).isEmpty();
        assertThat(skipped.skipTo()).contains(NOON.minusSeconds(600));
        var onTime = MissedSchedules.SKIP.plan(due, NOON.minusSeconds(600).plus(MissedSchedules.ON_TIME));
        assertThat(onTime.fires()).containsExactly(NOON.minusSeconds(600));
        assertThat(onTime.skipTo()).isEmpty();
        assertThat(MissedSchedules.ONCE.plan(List.of(), NOON).fires()).isEmpty();
    }

    @Test
    void policiesAreReadByName() {
        assertThat(MissedSchedules.of("Once")).contains(MissedSchedules.ONCE);
        assertThat(MissedSchedules.of(" all ")).contains(MissedSchedules.ALL);
        assertThat(MissedSchedules.of("skip")).contains(MissedSchedules.SKIP);
        assertThat(MissedSchedules.of("twice")).isEqualTo(Optional.empty());
        assertThat(MissedSchedules.SKIP.label()).isEqualTo("skip");
    }

    private static CronSchedule cron(String expression) {
        return ((CronParse.Valid) CronSchedule.parse(expression)).schedule();
    }
}
