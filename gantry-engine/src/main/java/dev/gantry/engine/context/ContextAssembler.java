package dev.gantry.engine.context;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.WorkflowCall;
import dev.gantry.engine.event.WorkflowDispatch;
import dev.gantry.workflow.expr.EvaluationContext;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Trigger;
import dev.gantry.workflow.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts together the contexts one job instance starts with: resolves the run's inputs (typing them, adding
 * defaults, and putting their string forms into {@code github.event.inputs}), builds {@code github},
 * {@code vars} and {@code secrets}, evaluates the workflow-level {@code env} over them, and adds the job's
 * {@code job}, {@code runner}, {@code strategy}, {@code matrix} and {@code needs}. Pure; every problem is
 * collected and located in the workflow file.
 */
public final class ContextAssembler {

    private ContextAssembler() {}

    /**
     * What every job of a run shares.
     *
     * @param workflowFile the workflow file as the user named it, for messages
     * @param vars         configuration variables ({@code vars})
     * @param secrets      secrets ({@code secrets}; {@code GITHUB_TOKEN} is added when missing)
     */
    public record RunSetup(String workflowFile, Workflow workflow, Event event, RunInfo run,
                           Map<String, String> vars, Map<String, String> secrets) {
        public RunSetup {
            Objects.requireNonNull(workflowFile, "workflowFile");
            Objects.requireNonNull(workflow, "workflow");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(run, "run");
            vars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vars));
            secrets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
        }
    }

    /**
     * One job instance.
     *
     * @param strategy the {@code strategy} context ({@link StrategyContext})
     * @param matrix   this instance's combination, or {@link Value#NULL} without a matrix
     * @param needs    the jobs it needs, by id
     */
    public record JobSetup(String jobId, Value.Obj strategy, Value matrix, Map<String, NeededJob> needs,
                           RunnerInfo runner) {
        public JobSetup {
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(matrix, "matrix");
            needs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(needs));
            Objects.requireNonNull(runner, "runner");
        }

        /** A job without a matrix. */
        public static JobSetup single(String jobId, Map<String, NeededJob> needs, RunnerInfo runner) {
            return new JobSetup(jobId, StrategyContext.single(), Value.NULL, needs, runner);
        }
    }

    /** The contexts, or every problem found building them. */
    public sealed interface Result {
        record Assembled(JobContexts contexts) implements Result {}

        record Invalid(List<Problem> problems) implements Result {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    public static Result assemble(RunSetup run, JobSetup job) {
        List<Problem> problems = new ArrayList<>();
        String token = StoredValues.token(run.secrets());
        Event event = run.event();
        Value.Obj inputs = new Value.Obj(Map.of());
        EvaluationContext forDefaults = EvaluationContext.of(Map.of("github",
                GithubContext.of(event, run.run(), job.jobId(), job.runner(), token)));
        switch (event) {
            case WorkflowDispatch dispatch when run.workflow().on().find(dispatch.name())
                    .orElse(null) instanceof Trigger.Dispatch trigger -> {
                var result = InputResolver.forDispatch(run.workflowFile(), trigger.inputs(), dispatch.inputs(),
                        forDefaults);
                switch (result) {
                    case InputResolver.Result.Resolved resolved -> {
                        inputs = resolved.inputs();
                        event = dispatch.withInputs(resolved.strings());
                    }
                    case InputResolver.Result.Invalid invalid -> problems.addAll(invalid.problems());
                }
            }
            case WorkflowCall call when run.workflow().on().find(call.name())
                    .orElse(null) instanceof Trigger.Call trigger -> {
                switch (InputResolver.resolve(run.workflowFile(), trigger.inputs(), call.inputs(), forDefaults)) {
                    case InputResolver.Result.Resolved resolved -> inputs = resolved.inputs();
                    case InputResolver.Result.Invalid invalid -> problems.addAll(invalid.problems());
                }
            }
            default -> { }
        }
        Value.Obj github = GithubContext.of(event, run.run(), job.jobId(), job.runner(), token);
        Value.Obj vars = StoredValues.vars(run.vars());
        Value.Obj secrets = StoredValues.secrets(run.secrets());
        EvaluationContext forEnv = EvaluationContext.of(Map.of("github", github, "inputs", inputs, "vars", vars,
                "secrets", secrets));
        Value.Obj env = switch (WorkflowEnv.evaluate(run.workflowFile(), run.workflow().env(), forEnv)) {
            case WorkflowEnv.Result.Evaluated evaluated -> evaluated.env();
            case WorkflowEnv.Result.Invalid invalid -> {
                problems.addAll(invalid.problems());
                yield new Value.Obj(Map.of());
            }
        };
        if (!problems.isEmpty()) {
            return new Result.Invalid(problems);
        }
        return new Result.Assembled(new JobContexts(github, env, vars, secrets, inputs, JobContext.atStart(),
                job.runner().context(), job.strategy(), job.matrix(), NeededJob.context(job.needs())));
    }
}
