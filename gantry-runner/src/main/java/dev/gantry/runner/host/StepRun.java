package dev.gantry.runner.host;

import dev.gantry.engine.exec.StepResult;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.workflow.expr.StatusInfo;
import dev.gantry.workflow.model.Step;
import dev.gantry.workflow.model.StepAction;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One step of a job, as GitHub's runner takes it: its {@code env} (which the other fields may read), its
 * {@code if} (against the job's status so far), its {@code name}, {@code continue-on-error} and
 * {@code timeout-minutes}; then the step itself ({@link ScriptStep} for {@code run}, nothing for
 * {@code actions/checkout}); then its outcome and conclusion (a failure with {@code continue-on-error} concludes
 * success), recorded in the {@code steps} context and reported. A field that fails to evaluate fails the step
 * with a message naming the step and the field. Runs on the job's thread.
 */
final class StepRun {

    private final int index;
    private final Step step;
    private final JobRun job;

    StepRun(int index, Step step, JobRun job) {
        this.index = index;
        this.step = step;
        this.job = job;
    }

    StepResult run() {
        Instant started = Instant.now();
        JobProgress progress = job.progress();
        StepLog log = job.stepLog(index);
        StatusInfo status = StatusInfo.job(progress.status());
        Evaluated<Map<String, String>> env = job.expressions(job.stepContexts(ProcessEnvironment.context(
                job.jobEnv(), progress.fileEnv(), Map.of())), status).map("env", step.env());
        Map<String, String> stepEnv = env instanceof Evaluated.Ok<Map<String, String>> ok ? ok.value() : Map.of();
        StepExpressions expressions = job.expressions(job.stepContexts(ProcessEnvironment.context(job.jobEnv(),
                progress.fileEnv(), stepEnv)), status);
        Evaluated<Boolean> condition = env instanceof Evaluated.Error<Map<String, String>> e
                ? Evaluated.error(e.message(), e.span()) : StepCondition.check(step.condition(), expressions);
        String name = step.name().map(n -> expressions.text("name", n) instanceof Evaluated.Ok<String> ok
                ? ok.value() : StepNames.given(step)).orElseGet(() -> StepNames.fallback(step));
        job.listener().stepStarted(index, job.masker().mask(name));

        StepStatus outcome;
        Map<String, String> outputs = Map.of();
        boolean continueOnError = false;
        if (condition instanceof Evaluated.Error<Boolean> e) {
            outcome = fail(log, e);
        } else if (!((Evaluated.Ok<Boolean>) condition).value()) {
            log.print("Skipped: the condition is false (" + conditionText() + ")");
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
                Deadline deadline = ((Evaluated.Ok<Optional<Double>>) timeout).value()
                        .map(m -> Deadline.after(Instant.now(), m, Deadline.Source.STEP).min(job.deadline()))
                        .orElse(job.deadline());
                ScriptStep.Result result = switch (step.action()) {
                    case StepAction.Run run -> new ScriptStep(index, step, run, job, log)
                            .run(expressions, stepEnv, deadline);
                    case StepAction.Uses uses -> checkout(uses, log);
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
            progress.failed("step '" + name + "' failed");
        }
        progress.recordStep(step.id().name(), outcome, conclusion, outputs);
        log.close();
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        outputs.forEach((k, v) -> shown.put(k, job.masker().mask(v)));
        StepResult result = new StepResult(index, step.generatedId() ? Optional.empty() : Optional.of(step.id().name()),
                job.masker().mask(name), outcome, conclusion, shown, started, Instant.now());
        job.listener().stepFinished(result);
        return result;
    }

    private StepStatus fail(StepLog log, Evaluated.Error<?> e) {
        log.error("step '" + StepNames.given(step) + "': " + e.message() + JobRun.at(e));
        return StepStatus.FAILURE;
    }

    private ScriptStep.Result checkout(StepAction.Uses uses, StepLog log) {
        if (JobPreflight.isCheckout(uses.action())) {
            log.print(uses.action().text() + ": nothing to do on this host; the workspace already holds the checkout ("
                    + job.layout().workspace() + ")");
            return new ScriptStep.Result(StepStatus.SUCCESS, Map.of());
        }
        log.error("step '" + StepNames.given(step) + "' uses '" + uses.action().text()
                + "': actions are not supported by this version of the host runner");
        return new ScriptStep.Result(StepStatus.FAILURE, Map.of());
    }

    private String conditionText() {
        return switch (step.condition()) {
            case dev.gantry.workflow.model.Template.Literal<Boolean> l -> String.valueOf(l.value());
            case dev.gantry.workflow.model.Template.Expression<Boolean> e -> e.source();
        };
    }
}
