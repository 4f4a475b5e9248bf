package dev.gantry.runner.host;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a step must have ended, and whose limit that is: the step's {@code timeout-minutes}, or what is left of the
 * job's (or, after a cancellation, of its {@code cancel-timeout-minutes}).
 *
 * @param at      the instant
 * @param minutes the limit as written, for the message
 * @param source  whose limit it is
 */
record Deadline(Instant at, double minutes, Source source) {

    enum Source { STEP, JOB }

    Deadline {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
    }

    static Deadline after(Instant start, double minutes, Source source) {
        long millis = (long) Math.min(minutes * 60_000, Duration.ofDays(365).toMillis());
        return new Deadline(start.plusMillis(millis), minutes, source);
    }

    /** The earlier of the two. */
    Deadline min(Deadline other) {
        return other.at.isBefore(at) ? other : this;
    }

    Duration left(Instant now) {
        Duration left = Duration.between(now, at);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** As the runner says it when the deadline passes. */
    String message() {
        String limit = minutes == Math.rint(minutes) ? Long.toString((long) minutes) : Double.toString(minutes);
        return switch (source) {
            case STEP -> "The action has timed out (timeout-minutes: " + limit + ").";
            case JOB -> "The job has exceeded the maximum execution time of " + limit + " minutes.";
        };
    }
}
