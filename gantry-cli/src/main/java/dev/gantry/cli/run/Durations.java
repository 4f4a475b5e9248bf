package dev.gantry.cli.run;

import java.time.Duration;

/** Durations as people read them: {@code 83ms}, {@code 12.3s}, {@code 2m 05s}, {@code 1h 02m}. */
final class Durations {

    private Durations() {}

    static String format(Duration d) {
        long millis = Math.max(0, d.toMillis());
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            return "%d.%ds".formatted(millis / 1000, (millis % 1000) / 100);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return "%dm %02ds".formatted(seconds / 60, seconds % 60);
        }
        return "%dh %02dm".formatted(seconds / 3600, (seconds % 3600) / 60);
    }
}
