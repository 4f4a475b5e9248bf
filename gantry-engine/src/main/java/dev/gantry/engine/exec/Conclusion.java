package dev.gantry.engine.exec;

import java.util.Objects;

/** How a job (or a run) ended. Failure and cancellation carry a reason a user can act on. */
public sealed interface Conclusion {

    record Success() implements Conclusion {}

    record Failure(String reason) implements Conclusion {
        public Failure {
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Cancelled(String reason) implements Conclusion {
        public Cancelled {
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Skipped(String why) implements Conclusion {
        public Skipped {
            Objects.requireNonNull(why, "why");
        }
    }

    Success SUCCESS = new Success();

    /** GitHub's word for it, as in {@code needs.<job>.result}: success, failure, cancelled or skipped. */
    default String result() {
        return switch (this) {
            case Success s -> "success";
            case Failure f -> "failure";
            case Cancelled c -> "cancelled";
            case Skipped s -> "skipped";
        };
    }
}
