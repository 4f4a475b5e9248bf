package dev.gantry.runner.host;

import dev.gantry.engine.exec.StepStatus;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.workflow.action.ActionOutput;
import dev.gantry.workflow.action.ActionRuns;
import dev.gantry.workflow.expr.StatusInfo;
import dev.gantry.workflow.model.Step;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A composite action's steps, run in a {@link StepScope} of their own under the step that uses the action (their
 * lines go to that step's log), then its {@code outputs} evaluated against that scope's {@code steps} context. The
 * action's step fails when one of its steps concluded failure, and is cancelled when the job was. Nesting is
 * limited to {@value #MAX_DEPTH} levels, as on GitHub, so an action that uses itself fails instead of recursing.
 */
final class CompositeRun {

    static final int MAX_DEPTH = 10;

    private final int index;
    private final JobRun job;
    private final StepScope scope;
    private final StepLog log;
    private final ResolvedAction.OnDisk action;
    private final ActionRuns.Composite composite;

    CompositeRun(int index, JobRun job, StepScope scope, StepLog log, ResolvedAction.OnDisk action,
                 ActionRuns.Composite composite) {
        this.index = index;
        this.job = job;
        this.scope = scope;
        this.log = log;
        this.action = action;
        this.composite = composite;
    }

    ProcessStep.Result run(Map<String, String> inputs, Map<String, String> stepEnv, Deadline deadline) {
        if (scope.depth() >= MAX_DEPTH) {
            log.error("the composite action '" + action.uses() + "' is nested more than " + MAX_DEPTH
                    + " levels deep");
            return new ProcessStep.Result(StepStatus.FAILURE, Map.of());
        }
        StepScope inner = scope.composite(inputs, stepEnv, action.directory(), job.progress());
        boolean cancelled = false;
        for (Step step : CompositeSteps.of(composite.steps())) {
            cancelled |= new StepRun(index, step, job, inner, deadline).run().outcome() == StepStatus.CANCELLED;
        }
        StepStatus outcome = inner.hasFailed() ? StepStatus.FAILURE
                : cancelled ? StepStatus.CANCELLED : StepStatus.SUCCESS;
        return new ProcessStep.Result(outcome, outputs(inner));
    }

    private Map<String, String> outputs(StepScope inner) {
        Map<String, String> outputs = new LinkedHashMap<>();
        StepExpressions expressions = job.expressions(job.stepContexts(inner,
                inner.envContext(job.progress().fileEnv(), Map.of())), StatusInfo.job(inner.status(job.progress())));
        for (ActionOutput output : action.metadata().outputs()) {
            if (output.value().isEmpty()) {
                continue;
            }
            switch (expressions.text("outputs." + output.id().value() + ".value", output.value().get())) {
                case Evaluated.Ok<String> ok -> outputs.put(output.id().value(), ok.value());
                case Evaluated.Error<String> e -> log.warning("output '" + output.id().value() + "' of '"
                        + action.uses() + "': " + e.message());
            }
        }
        return outputs;
    }
}
