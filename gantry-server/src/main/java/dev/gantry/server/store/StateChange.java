package dev.gantry.server.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One entry of the state-change log: a run or job reached {@code status} (and {@code conclusion}) at {@code at}. */
public record StateChange(long id, Instant at, Subject subject, long subjectId, Status status,
                          Optional<String> conclusion) {

    public StateChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(conclusion, "conclusion");
    }

    public enum Subject {
        RUN, JOB;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
