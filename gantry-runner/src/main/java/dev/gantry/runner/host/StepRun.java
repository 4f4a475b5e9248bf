package dev.gantry.runner.host;

import dev.gantry.engine.exec.StepResult;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.workflow.expr.StatusInfo;
import dev.gantry.workflow.model.Step;
import dev.gantry.workflow.model.StepAction;
import dev.gantry.workflow.model.Template;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One step, as GitHub's runner takes it: its {@code env} (which the other fields may read), its {@code if}
 * (against the status of its {@link StepScope} so far), its {@code name}, {@code continue-on-error} and
 * {@code timeout-minutes}; then the step itself ({@link ScriptStep} for {@code run}, {@link ActionStep} for
 * {@code uses}); then its outcome and conclusion (a failure with {@code continue-on-error} concludes success),
 * recorded in the scope's {@code steps} context. A job's own step is reported to the listener as a step; a step of
 * a composite action ({@code nested}) writes into the log of the job step that uses the action. A field that fails
 * to evaluate fails the step with a message naming the step and the field. Runs on the job's thread.
 */
final class StepRun {

    /** GitHub's switch that re-enables the {@code set-env} and {@code add-path} commands. */
    static final String UNSECURE_COMMANDS = "ACTIONS_ALLOW_UNSECURE_COMMANDS";

    private final int index;
    private final Step step;
    private final JobRun job;
    private final StepScope scope;
    private final boolean nested;
    private final Optional<Deadline> outer;

    /** A step of the job itself. */
    StepRun(int index, Step step, JobRun job) {
        this(index, step, job, job.scope(), false, Optional.empty());
    }

    /**
     * A step of a composite action.
     *
     * @param index the job step this one is reported under: the step using the composite action
     * @param outer the deadline of the step using the action, which bounds this one's
     */
    StepRun(int index, Step step, JobRun job, StepScope scope, Deadline outer) {
        this(index, step, job, scope, true, Optional.of(outer));
    }

    private StepRun(int index, Step step, JobRun job, StepScope scope, boolean nested, Optional<Deadline> outer) {
        this.index = index;
        this.step = step;
        this.job = job;
        this.scope = scope;
        this.nested = nested;
        this.outer = outer;
    }

    StepResult run() {
        Instant started = Instant.now();
        JobProgress progress = job.progress();
        StatusInfo status = StatusInfo.job(scope.status(progress));
        Evaluated<Map<String, String>> env = job.expressions(job.stepContexts(scope,
                scope.envContext(progress.fileEnv(), Map.of())), status).map("env", step.env());
        Map<String, String> stepEnv = env instanceof Evaluated.Ok<Map<String, String>> ok ? ok.value() : Map.of();
        Map<String, String> envContext = scope.envContext(progress.fileEnv(), stepEnv);
        StepExpressions expressions = job.expressions(job.stepContexts(scope, envContext), status);
        StepLog log = job.stepLog(index, "true".equalsIgnoreCase(envContext.getOrDefault(UNSECURE_COMMANDS,
                job.options().baseEnvironment().get(UNSECURE_COMMANDS))));
        Evaluated<Boolean> condition = env instanceof Evaluated.Error<Map<String, String>> e
                ? Evaluated.error(e.message(), e.span()) : StepCondition.check(step.condition(), expressions);
        String name = step.name().map(n -> expressions.text("name", n) instanceof Evaluated.Ok<String> ok
                ? ok.value() : StepNames.given(step)).orElseGet(() -> evaluatedFallback(expressions, condition));
        if (!nested) {
            job.listener().stepStarted(index, job.masker().mask(name));
        }

        StepStatus outcome;
        Map<String, String> outputs = Map.of();
        boolean continueOnError = false;
        if (condition instanceof Evaluated.Error<Boolean> e) {
            outcome = fail(log, e);
        } else if (!((Evaluated.Ok<Boolean>) condition).value()) {
            log.print("Skipped" + (nested ? " '" + name + "'" : "") + ": the condition is false (" + conditionText()
                    + ")");
            outcome = StepStatus.SKIPPED;
        } else {
            Evaluated<Boolean> coe = expressions.bool("continue-on-error", step.continueOnError());
            Evaluated<Optional<Double>> timeout = expressions.minutes("timeout-minutes", step.timeoutMinutes());
            continueOnError = coe instanceof Evaluated.Ok<Boolean> ok && ok.value();
            if (coe instanceof Evaluated.Error<Boolean> e) {
                outcome = fail(log, e);
            } else if (timeout instanceof Evaluated.Error<Optional<Double>> e) {
                outcome = fail(log, e);
            } else {
                Deadline limit = outer.map(o -> o.min(job.deadline())).orElse(job.deadline());
                Deadline deadline = ((Evaluated.Ok<Optional<Double>>) timeout).value()
                        .map(m -> Deadline.after(Instant.now(), m, Deadline.Source.STEP).min(limit))
                        .orElse(limit);
                ProcessStep.Result result = switch (step.action()) {
                    case StepAction.Run run -> new ScriptStep(index, step, run, job, scope, log)
                            .run(expressions, stepEnv, deadline);
                    case StepAction.Uses uses -> new ActionStep(index, step, uses, job, scope, log, name)
                            .run(expressions, stepEnv, deadline);
                };
                outcome = result.outcome();
                outputs = result.outputs();
            }
        }
        StepStatus conclusion = outcome == StepStatus.FAILURE && continueOnError ? StepStatus.SUCCESS : outcome;
        if (outcome == StepStatus.FAILURE && continueOnError) {
            log.print("The step failed; continue-on-error is set, so the job goes on");
        }
        if (conclusion == StepStatus.FAILURE) {
            scope.failed(progress, "step '" + name + "' failed");
        }
        scope.record(step.id().name(), outcome, conclusion, outputs);
        log.close();
        Map<String, String> shown = new LinkedHashMap<>();
        outputs.forEach((k, v) -> shown.put(k, job.masker().mask(v)));
        StepResult result = new StepResult(index, step.generatedId() ? Optional.empty() : Optional.of(step.id().name()),
                job.masker().mask(name), outcome, conclusion, shown, started, Instant.now());
        if (!nested) {
            job.listener().stepFinished(result);
        }
        return result;
    }

    /** GitHub's name for a run step without one: {@code Run} and the first line of the evaluated script. */
    private String evaluatedFallback(StepExpressions expressions, Evaluated<Boolean> condition) {
        if (step.action() instanceof StepAction.Run run && run.script() instanceof Template.Expression<String>
                && condition instanceof Evaluated.Ok<Boolean> ok && ok.value()
                && expressions.text("run", run.script()) instanceof Evaluated.Ok<String> script) {
            return "Run " + StepNames.firstLine(script.value());
        }
        return StepNames.fallback(step);
    }

    private StepStatus fail(StepLog log, Evaluated.Error<?> e) {
        log.error("step '" + StepNames.given(step) + "': " + e.message() + JobRun.at(e));
        return StepStatus.FAILURE;
    }

    private String conditionText() {
        return switch (step.condition()) {
            case Template.Literal<Boolean> l -> String.valueOf(l.value());
            case Template.Expression<Boolean> e -> e.source();
        };
    }
}
