package dev.gantry.agent;

import dev.gantry.api.agent.JobSpec;
import dev.gantry.engine.context.ContextAssembler;
import dev.gantry.engine.context.RunInfo;
import dev.gantry.engine.context.RunnerInfo;
import dev.gantry.engine.context.Server;
import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.SourceRepository;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobRequest;
import dev.gantry.workflow.diag.Severity;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.expr.ValueJson;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.RunnerJob;
import dev.gantry.workflow.model.Workflow;
import dev.gantry.workflow.WorkflowReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a {@link JobSpec} into the executor's {@link JobRequest}, as {@code gantry run} builds one: the workflow read
 * from the spec's text, the event rebuilt over the repository pinned at the spec's commit, the contexts assembled
 * with this agent's {@code runner} and the scheduler's {@code needs}, {@code matrix} and {@code strategy} put over
 * them. Pure apart from reading the repository; thread-safe.
 */
final class JobRequests {

    private JobRequests() {}

    /** The request, or why the job cannot run here (one sentence naming the job). */
    sealed interface Built {
        record Ready(JobRequest request) implements Built {}

        record Refused(String reason) implements Built {
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    static Built build(JobSpec spec, SourceRepository source, String serverUrl, RunnerInfo runner) {
        var parsed = WorkflowReader.read(spec.workflowPath(), spec.workflowText());
        Optional<Workflow> workflow = parsed.value();
        if (workflow.isEmpty() || parsed.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            String problems = parsed.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).limit(3)
                    .map(d -> d.render(spec.workflowPath())).collect(Collectors.joining("; "));
            return new Built.Refused("the workflow " + spec.workflowPath() + " cannot be read: " + problems);
        }
        Job job = workflow.get().jobs().get(spec.jobId());
        if (!(job instanceof RunnerJob runnerJob)) {
            return new Built.Refused(job == null
                    ? "the workflow " + spec.workflowPath() + " has no job \"" + spec.jobId() + "\""
                    : "job \"" + spec.jobId() + "\" calls a reusable workflow, which the server runs, not an agent");
        }
        Value payload = ValueJson.fromJson(spec.eventPayload());
        Value.Obj payloadObj = payload instanceof Value.Obj obj ? obj : new Value.Obj(Map.of());
        Event event = new EventBuilder(source).build(spec.eventName(), payloadObj, spec.inputs());
        RunInfo run = new RunInfo(String.valueOf(spec.runId()), Math.max(1, spec.runNumber()),
                Math.max(1, spec.runAttempt()), spec.workflowPath(),
                workflow.get().name().orElse(spec.workflowPath()), Server.enterprise(serverUrl),
                Optional.of(spec.triggeringActor()).filter(a -> !a.isEmpty()), RunInfo.DEFAULT_RETENTION_DAYS);
        var setup = new ContextAssembler.RunSetup(spec.workflowPath(), workflow.get(), event, run, spec.vars(),
                spec.secrets());
        Map<String, Value> contexts = new LinkedHashMap<>();
        switch (ContextAssembler.assemble(setup, ContextAssembler.JobSetup.single(spec.jobId(), Map.of(), runner))) {
            case ContextAssembler.Result.Assembled assembled -> contexts.putAll(assembled.contexts().asMap());
            case ContextAssembler.Result.Invalid invalid -> {
                return new Built.Refused("job \"" + spec.jobId() + "\": " + invalid.problems().getFirst().message());
            }
        }
        if (ValueJson.fromJson(spec.schedulerContexts()) instanceof Value.Obj scheduled) {
            contexts.putAll(scheduled.members());
        }
        double minutes = spec.timeoutMinutes() > 0 && Double.isFinite(spec.timeoutMinutes())
                ? spec.timeoutMinutes() : 360;
        return new Built.Ready(new JobRequest(String.valueOf(spec.runId()), JobKey.parse(spec.jobKey()),
                spec.displayName(), runnerJob, contexts, setup.secrets(), Duration.ofMillis(Math.round(minutes * 60_000)),
                workflow.get().defaults()));
    }
}
