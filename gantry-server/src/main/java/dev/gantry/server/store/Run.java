package dev.gantry.server.store;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Ids.RunId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored workflow run, with the fields of GitHub's {@code workflow_runs}: its number counts the runs of one
 * workflow of one repository from 1; its attempt counts re-runs from 1. {@code diagnostics} are the rendered
 * problems of a workflow that could not run (such a run is created completed, with a failure).
 */
public record Run(RunId id, RepositoryId repository, String workflowPath, long runNumber, int runAttempt,
                  String event, String headSha, Optional<String> headBranch, String actor, Status status,
                  Optional<Conclusion> conclusion, List<String> diagnostics, Instant createdAt, Instant updatedAt,
                  Optional<Instant> startedAt, Optional<Instant> completedAt) {

    public Run {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(workflowPath, "workflowPath");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(headSha, "headSha");
        Objects.requireNonNull(headBranch, "headBranch");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(conclusion, "conclusion");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
