package dev.gantry.engine.exec;

import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Defaults;
import dev.gantry.workflow.model.RunnerJob;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an executor needs to run one job instance (one matrix combination).
 *
 * @param runId       identifies the run (unique per run; also {@code github.run_id})
 * @param jobKey      the job id plus, for a matrix instance, its index: unique within the run
 * @param displayName the name shown to users, e.g. {@code test (21, linux)}
 * @param job         the job as written, with its templates not yet evaluated at step level
 * @param contexts    the named values available when the job starts: {@code github}, {@code env} (workflow
 *                    level), {@code vars}, {@code secrets}, {@code inputs}, {@code needs}, {@code strategy},
 *                    {@code matrix}, {@code job}; the executor adds {@code steps}, {@code runner} and job/step env
 * @param secrets     secret values by name, to be masked wherever they appear in output
 * @param timeout     the evaluated {@code timeout-minutes} of the job
 * @param workflowDefaults the workflow's top-level {@code defaults} ({@code defaults.run} applies to every job's
 *                    {@code run} steps below the job's own {@code defaults}); empty when it has none
 */
public record JobRequest(String runId, JobKey jobKey, String displayName, RunnerJob job,
                         Map<String, Value> contexts, Map<String, String> secrets, Duration timeout,
                         Optional<Defaults> workflowDefaults) {

    /** A request for a job of a workflow without top-level {@code defaults}. */
    public JobRequest(String runId, JobKey jobKey, String displayName, RunnerJob job,
                      Map<String, Value> contexts, Map<String, String> secrets, Duration timeout) {
        this(runId, jobKey, displayName, job, contexts, secrets, timeout, Optional.empty());
    }

    public JobRequest {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(jobKey, "jobKey");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(job, "job");
        contexts = Map.copyOf(contexts);
        secrets = Map.copyOf(secrets);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(workflowDefaults, "workflowDefaults");
    }
}
