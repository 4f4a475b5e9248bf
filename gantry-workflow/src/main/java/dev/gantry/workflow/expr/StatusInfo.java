package dev.gantry.workflow.expr;

import java.util.Objects;
import java.util.Optional;

/**
 * What the status functions ({@code success() failure() cancelled() always()}) look at: the job's status so far
 * and, while a step inside a composite action is evaluated, the composite action's own status
 * ({@code github.action_status}), which then takes precedence for {@code success()} and {@code failure()}.
 */
public record StatusInfo(Outcome job, Optional<Outcome> compositeAction) {

    public enum Outcome { SUCCESS, FAILURE, CANCELLED }

    /** A job that has not failed or been cancelled: the status before anything has gone wrong. */
    public static final StatusInfo SUCCESS = new StatusInfo(Outcome.SUCCESS, Optional.empty());

    public StatusInfo {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(compositeAction, "compositeAction");
    }

    public static StatusInfo job(Outcome job) {
        return new StatusInfo(job, Optional.empty());
    }

    /** The status that {@code success()} and {@code failure()} test. */
    Outcome effective() {
        return compositeAction.orElse(job);
    }
}
