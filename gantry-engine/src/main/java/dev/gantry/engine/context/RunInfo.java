package dev.gantry.engine.context;

import dev.gantry.workflow.model.Workflow;
import java.util.Objects;
import java.util.Optional;

/**
 * What identifies one run of one workflow, chosen by whoever starts it (the server's database, or the CLI).
 *
 * @param runId            unique per run ({@code github.run_id})
 * @param runNumber        counts the runs of this workflow, from 1 ({@code github.run_number})
 * @param runAttempt       1 for the first attempt, then 2, 3… for re-runs ({@code github.run_attempt})
 * @param workflowPath     the workflow file, relative to the repository, e.g. {@code .github/workflows/ci.yml}
 * @param workflowName     the workflow's {@code name}, or its path when it has none ({@code github.workflow})
 * @param triggeringActor  who started this attempt when it differs from the event's actor (a re-run)
 * @param retentionDays    how long logs and artifacts are kept
 */
public record RunInfo(String runId, long runNumber, int runAttempt, String workflowPath, String workflowName,
                      Server server, Optional<String> triggeringActor, int retentionDays) {

    /** GitHub's default retention of logs and artifacts. */
    public static final int DEFAULT_RETENTION_DAYS = 90;

    public RunInfo {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(workflowPath, "workflowPath");
        Objects.requireNonNull(workflowName, "workflowName");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(triggeringActor, "triggeringActor");
        if (runNumber < 1 || runAttempt < 1) {
            throw new IllegalArgumentException("run number and attempt start at 1, got %d and %d"
                    .formatted(runNumber, runAttempt));
        }
    }

    /** A first attempt on github.com with the default retention; the name comes from the workflow. */
    public static RunInfo of(String runId, long runNumber, String workflowPath, Workflow workflow) {
        return new RunInfo(runId, runNumber, 1, workflowPath, workflow.name().orElse(workflowPath), Server.GITHUB,
                Optional.empty(), DEFAULT_RETENTION_DAYS);
    }
}
