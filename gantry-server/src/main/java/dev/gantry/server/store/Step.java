package dev.gantry.server.store;

import dev.gantry.engine.exec.StepStatus;
import dev.gantry.server.store.Ids.JobId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A step of a job, numbered from 1 as GitHub numbers them, with its status and conclusion. */
public record Step(JobId job, int number, String name, Status status, Optional<StepStatus> conclusion,
                   Optional<Instant> startedAt, Optional<Instant> completedAt) {

    public Step {
        Objects.requireNonNull(job, "job");
        if (number < 1) {
            throw new IllegalArgumentException("steps are numbered from 1, not " + number);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
