package dev.gantry.workflow.cron;

import java.time.Instant;

/** Shortcuts for the cron tests. */
final class CronTesting {

    private CronTesting() {}

    static CronSchedule schedule(String expression) {
        return switch (CronSchedule.parse(expression)) {
            case CronParse.Valid valid -> valid.schedule();
            case CronParse.Invalid invalid -> throw new AssertionError(invalid.errors());
        };
    }

    static Instant utc(String isoWithoutZone) {
        return Instant.parse(isoWithoutZone + (isoWithoutZone.length() == 16 ? ":00Z" : "Z"));
    }
}
