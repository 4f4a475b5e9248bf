package dev.gantry.cli.run;

import dev.gantry.engine.exec.JobRequest;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.JobTimeout;
import dev.gantry.engine.schedule.Decision;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.RunnerJob;
import dev.gantry.workflow.model.Workflow;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the scheduler's {@link Decision.Start} into the executor's {@link JobRequest}: the contexts the job starts
 * with, its evaluated {@code timeout-minutes} (GitHub's 360 by default), and the workflow's {@code defaults}; a job
 * that calls a reusable workflow becomes a {@link Launch.Call}. A job that cannot run is refused with the reason
 * it fails. Pure; thread-safe.
 */
final class JobLauncher {

    /** What to do with a started job: run this request, or conclude it failed without running. */
    sealed interface Launch {
        record Ready(JobRequest request) implements Launch {
            public Ready {
                Objects.requireNonNull(request, "request");
            }
        }

        /** A job that calls a reusable workflow: {@link CallRunner} runs it with the calling job's contexts. */
        record Call(CallJob job, Workflow called, Map<String, Value> contexts) implements Launch {
            public Call {
                Objects.requireNonNull(job, "job");
                Objects.requireNonNull(called, "called");
                contexts = Map.copyOf(contexts);
            }
        }

        record Refused(String reason) implements Launch {
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    private final String runId;
    private final Workflow workflow;
    private final RunContexts contexts;
    private final JobHost.Placement placement;

    JobLauncher(String runId, Workflow workflow, RunContexts contexts, JobHost.Placement placement) {
        this.runId = runId;
        this.workflow = workflow;
        this.contexts = contexts;
        this.placement = placement;
    }

    Launch prepare(Decision.Start start) {
        String id = start.key().jobId();
        return switch (start.job()) {
            case CallJob call when call.called().isEmpty() -> new Launch.Refused(("job \"%s\" calls %s, which could not"
                    + " be read (a remote reusable workflow must be in the action store: gantry actions import)")
                    .formatted(id, call.uses().name()));
            case CallJob call -> new Launch.Call(call, call.called().get(), contexts.forJob(id, start.contexts(),
                    placement.runner(runId, start.key())));
            case RunnerJob job -> {
                Map<String, Value> jobContexts = contexts.forJob(id, start.contexts(),
                        placement.runner(runId, start.key()));
                yield switch (JobTimeout.of(job, jobContexts)) {
                    case Evaluated.Error<Duration> e -> new Launch.Refused(
                            "job \"%s\": timeout-minutes: %s".formatted(id, e.message()));
                    case Evaluated.Ok<Duration> ok -> new Launch.Ready(new JobRequest(runId, start.key(),
                            start.displayName(), job, jobContexts, contexts.secrets(), ok.value(),
                            workflow.defaults()));
                };
            }
        };
    }
}
