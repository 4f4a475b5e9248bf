package dev.gantry.runner.host;

import dev.gantry.engine.exec.StepResult;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.workflow.action.ActionRuns;
import dev.gantry.workflow.expr.StatusInfo;
import dev.gantry.workflow.model.Template;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The pre or post phase of an action step, reported as a step of its own ({@code Pre <name>},
 * {@code Post <name>}) under an index after the job's steps. Its condition is the action's {@code pre-if} or
 * {@code post-if} ({@code always()} when not given), evaluated with the job's status at that moment; a failed
 * phase fails the job. What a pre phase saves is given to the main phase as {@code STATE_*}.
 */
final class PhaseRun {

    private final int reportIndex;
    private final BuiltinAction.Phase phase;
    private final ActionPhase action;
    private final JobRun job;

    PhaseRun(int reportIndex, BuiltinAction.Phase phase, ActionPhase action, JobRun job) {
        this.reportIndex = reportIndex;
        this.phase = phase;
        this.action = action;
        this.job = job;
    }

    StepResult run() {
        Instant started = Instant.now();
        String name = (phase == BuiltinAction.Phase.PRE ? "Pre " : "Post ") + action.name();
        job.listener().stepStarted(reportIndex, job.masker().mask(name));
        StepLog log = job.stepLog(reportIndex, false);
        StepScope scope = action.scope();
        JobProgress progress = job.progress();
        StepExpressions expressions = job.expressions(job.stepContexts(scope,
                scope.envContext(progress.fileEnv(), action.stepEnv())), StatusInfo.job(scope.status(progress)));
        ProcessStep.Result result;
        switch (StepCondition.check(condition(), expressions)) {
            case Evaluated.Error<Boolean> e -> {
                log.error("step '" + name + "': " + e.message() + JobRun.at(e));
                result = new ProcessStep.Result(StepStatus.FAILURE, Map.of());
            }
            case Evaluated.Ok<Boolean> ok when !ok.value() -> {
                log.print("Skipped: the condition is false");
                result = new ProcessStep.Result(StepStatus.SKIPPED, Map.of());
            }
            case Evaluated.Ok<Boolean> ok -> result = execute(log);
        }
        if (result.outcome() == StepStatus.FAILURE) {
            progress.failed("step '" + name + "' failed");
        }
        if (phase == BuiltinAction.Phase.PRE) {
            job.keepPreState(action.index(), result.state());
        }
        log.close();
        StepResult reported = new StepResult(reportIndex, Optional.empty(), job.masker().mask(name),
                result.outcome(), result.outcome(), Map.of(), started, Instant.now());
        job.listener().stepFinished(reported);
        return reported;
    }

    private ProcessStep.Result execute(StepLog log) {
        return switch (action.action()) {
            case ResolvedAction.OnDisk disk when disk.metadata().runs() instanceof ActionRuns.Node node ->
                    new NodeRun(reportIndex, action.step(), job, action.scope(), log, disk, node)
                            .run(phase, action.inputs(), action.state(), action.stepEnv(), job.deadline());
            case ResolvedAction.OnDisk disk when disk.metadata().runs() instanceof ActionRuns.Docker docker ->
                    new DockerActionRun(reportIndex, action.step(), job, action.scope(), log, disk, docker)
                            .run(phase, action.inputs(), action.state(), action.stepEnv(), job.deadline());
            case ResolvedAction.OnDisk disk -> new ProcessStep(action.step(), job, log)
                    .failed("the action '" + disk.uses() + "' has no " + phase + " phase");
            case ResolvedAction.Builtin builtin -> new BuiltinRun(action.step(), job, action.scope(), log, builtin)
                    .run(phase, action.inputs(), action.state(), action.stepEnv());
            case ResolvedAction.Image image -> new ProcessStep(action.step(), job, log)
                    .failed("the action '" + image.uses() + "' has no " + phase + " phase");
        };
    }

    private Template<Boolean> condition() {
        if (action.action().metadata().runs() instanceof ActionRuns.Node node) {
            return phase == BuiltinAction.Phase.PRE ? node.preIf() : node.postIf();
        }
        if (action.action().metadata().runs() instanceof ActionRuns.Docker docker) {
            return phase == BuiltinAction.Phase.PRE ? docker.preIf() : docker.postIf();
        }
        return new Template.Literal<>(true, action.step().span());
    }
}
