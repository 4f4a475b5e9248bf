package dev.gantry.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.engine.context.ContextAssembler;
import dev.gantry.engine.plan.ContextEvaluator;
import dev.gantry.engine.context.JobContexts;
import dev.gantry.engine.context.Problem;
import dev.gantry.engine.context.RunInfo;
import dev.gantry.engine.context.RunnerInfo;
import dev.gantry.engine.context.Server;
import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.PinnedRevision;
import dev.gantry.engine.plan.ExpressionEvaluator;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunSource;
import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.diag.Severity;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.expr.ValueJson;
import dev.gantry.workflow.model.Workflow;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt of a stored run, read back into what the engine works with: the workflow (read again from the text
 * kept with the run), the event (rebuilt from the stored payload, pinned at the run's commit), the run's identity
 * and the run-wide contexts ({@code github}, {@code inputs}, {@code vars}). Rebuilding from what is stored, not
 * from memory, is what lets a restarted server carry a run on. Immutable; pure apart from parsing.
 */
record RunBlueprint(Repository repository, Run run, RunSource source, Workflow workflow, Event event,
                    ContextAssembler.RunSetup setup, Map<String, Value> runWide) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A blueprint, or the rendered problems why the run cannot be planned. */
    sealed interface Outcome {
        record Ready(RunBlueprint blueprint) implements Outcome {}

        record Invalid(List<String> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    /** Where the run's {@code runner} context comes from before an agent has the job: nowhere in particular. */
    static final RunnerInfo NO_RUNNER = new RunnerInfo("gantry", RunnerInfo.Os.LINUX, RunnerInfo.Arch.X64, "", "", "",
            "", false, "self-hosted");

    static Outcome of(Repository repository, Run run, RunSource source, String serverUrl) {
        Parsed<Workflow> parsed = WorkflowReader.read(run.workflowPath(), source.workflowText());
        List<String> errors = parsed.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(d -> render(run.workflowPath(), d)).toList();
        if (!errors.isEmpty() || parsed.value().isEmpty()) {
            return new Outcome.Invalid(errors.isEmpty() ? List.of(run.workflowPath() + ": cannot be read") : errors);
        }
        Workflow workflow = parsed.value().get();
        Value.Obj payload;
        try {
            payload = ValueJson.fromJson(JSON.readTree(source.eventPayload())) instanceof Value.Obj o ? o
                    : new Value.Obj(Map.of());
        } catch (IOException e) {
            return new Outcome.Invalid(List.of("the run's stored event payload is not JSON: " + e.getMessage()));
        }
        var revision = new PinnedRevision(repository.name(), run.headSha(), source.ref(), repository.defaultBranch());
        Event event = new EventBuilder(revision).build(run.event(), payload, source.inputs());
        var info = new RunInfo(Long.toString(run.id().value()), run.runNumber(), run.runAttempt(), run.workflowPath(),
                workflow.name().orElse(run.workflowPath()), Server.enterprise(serverUrl),
                source.triggeringActor().equals(run.actor()) ? Optional.empty() : Optional.of(source.triggeringActor()),
                RunInfo.DEFAULT_RETENTION_DAYS);
        var setup = new ContextAssembler.RunSetup(run.workflowPath(), workflow, event, info, Map.of(), Map.of());
        String firstJob = workflow.jobs().keySet().stream().findFirst().orElse("");
        return switch (ContextAssembler.assemble(setup, ContextAssembler.JobSetup.single(firstJob, Map.of(),
                NO_RUNNER))) {
            case ContextAssembler.Result.Invalid invalid -> new Outcome.Invalid(invalid.problems().stream()
                    .map(Problem::render).toList());
            case ContextAssembler.Result.Assembled assembled -> {
                JobContexts c = assembled.contexts();
                yield new Outcome.Ready(new RunBlueprint(repository, run, source, workflow, event, setup,
                        Map.of("github", c.github(), "inputs", c.inputs(), "vars", c.vars())));
            }
        };
    }

    /** Evaluates job-level fields ({@code if}, {@code strategy}, {@code name}, {@code concurrency}). */
    ExpressionEvaluator evaluator() {
        return ContextEvaluator.of(runWide);
    }

    /** The contexts a job's {@code runs-on} and {@code timeout-minutes} are evaluated with on the server. */
    Map<String, Value> jobContexts(String jobId, Map<String, Value> fromScheduler) {
        Map<String, Value> out = new java.util.LinkedHashMap<>();
        switch (ContextAssembler.assemble(setup, ContextAssembler.JobSetup.single(jobId, Map.of(), NO_RUNNER))) {
            case ContextAssembler.Result.Assembled assembled -> out.putAll(assembled.contexts().asMap());
            case ContextAssembler.Result.Invalid invalid -> out.putAll(runWide);
        }
        out.putAll(fromScheduler);
        return out;
    }

    JsonNode payloadJson() {
        return ValueJson.toJson(event.payload());
    }

    private static String render(String file, Diagnostic d) {
        return "%s:%d:%d: %s".formatted(file, d.span().start().line(), d.span().start().column(), d.message());
    }
}
