package dev.gantry.runner.host;

import java.util.Objects;

/** How a step's process ended. */
sealed interface ProcessEnd {

    /** It exited by itself (or was killed by someone else) with this exit code. */
    record Exited(int code) implements ProcessEnd {}

    /** The deadline passed and its tree was killed. */
    record TimedOut(Deadline deadline) implements ProcessEnd {
        public TimedOut {
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /** The job was cancelled (the executing thread interrupted) and its tree was killed. */
    record Cancelled() implements ProcessEnd {}

    /** It could not be started; the message says why. */
    record NotStarted(String message) implements ProcessEnd {
        public NotStarted {
            Objects.requireNonNull(message, "message");
        }
    }
}
