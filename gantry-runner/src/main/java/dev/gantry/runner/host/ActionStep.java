package dev.gantry.runner.host;

import dev.gantry.engine.exec.StepStatus;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.workflow.action.ActionRuns;
import dev.gantry.workflow.model.Step;
import dev.gantry.workflow.model.StepAction;
import java.util.Map;

/**
 * A {@code uses:} step's main phase: find the action ({@link JobRun#resolve}), compute its inputs
 * ({@link ActionInputs}), print GitHub's header ({@code Run owner/repo@ref} and the inputs), then run it by kind —
 * a composite action's steps ({@link CompositeRun}), a JavaScript action's {@code main} with the host's
 * {@code node} ({@link NodeRun}), a docker action in a container ({@link DockerActionRun}), or a built-in
 * ({@link BuiltinRun}). An action with a {@code post} phase is registered with the job, which runs it after the last
 * step. {@code actions/checkout} with neither a stored copy nor a built-in is a no-op: the workspace already holds
 * the checkout.
 */
final class ActionStep {

    private final int index;
    private final Step step;
    private final StepAction.Uses uses;
    private final JobRun job;
    private final StepScope scope;
    private final StepLog log;
    private final String name;
    private final ProcessStep process;

    ActionStep(int index, Step step, StepAction.Uses uses, JobRun job, StepScope scope, StepLog log, String name) {
        this.index = index;
        this.step = step;
        this.uses = uses;
        this.job = job;
        this.scope = scope;
        this.log = log;
        this.name = name;
        this.process = new ProcessStep(step, job, log);
    }

    ProcessStep.Result run(StepExpressions expressions, Map<String, String> stepEnv, Deadline deadline) {
        ResolvedAction action;
        switch (job.resolve(uses.action())) {
            case ActionResolver.Resolution.Found f -> action = f.action();
            case ActionResolver.Resolution.Problem p when JobPreflight.isCheckout(uses.action()) -> {
                log.print(uses.action().text() + ": nothing to do on this host; the workspace already holds the"
                        + " checkout (" + job.layout().workspace() + ")");
                return new ProcessStep.Result(StepStatus.SUCCESS, Map.of());
            }
            case ActionResolver.Resolution.Problem p -> {
                return process.failed(p.message());
            }
        }
        Evaluated<Map<String, String>> with = expressions.map("with", uses.with());
        if (with instanceof Evaluated.Error<Map<String, String>> e) {
            return process.failed(e.message() + JobRun.at(e));
        }
        Evaluated<Map<String, String>> resolved = ActionInputs.resolve(action.metadata(),
                ((Evaluated.Ok<Map<String, String>>) with).value(), expressions, log);
        if (resolved instanceof Evaluated.Error<Map<String, String>> e) {
            return process.failed(e.message() + JobRun.at(e));
        }
        Map<String, String> inputs = ((Evaluated.Ok<Map<String, String>>) resolved).value();
        header(action, inputs, stepEnv);
        Map<String, String> preState = scope.isJob() ? job.preState(index) : Map.of();
        ProcessStep.Result result = switch (action) {
            case ResolvedAction.OnDisk disk -> switch (disk.metadata().runs()) {
                case ActionRuns.Composite composite -> new CompositeRun(index, job, scope, log, disk, composite)
                        .run(inputs, stepEnv, deadline);
                case ActionRuns.Node node -> new NodeRun(index, step, job, scope, log, disk, node)
                        .run(BuiltinAction.Phase.MAIN, inputs, preState, stepEnv, deadline);
                case ActionRuns.Docker docker -> new DockerActionRun(index, step, job, scope, log, disk, docker)
                        .run(BuiltinAction.Phase.MAIN, inputs, preState, stepEnv, deadline);
            };
            case ResolvedAction.Image image -> new DockerActionRun(index, step, job, scope, log, image,
                    (ActionRuns.Docker) image.metadata().runs())
                    .run(BuiltinAction.Phase.MAIN, inputs, preState, stepEnv, deadline);
            case ResolvedAction.Builtin builtin -> new BuiltinRun(step, job, scope, log, builtin)
                    .run(BuiltinAction.Phase.MAIN, inputs, preState, stepEnv);
        };
        if (action.hasPhase(BuiltinAction.Phase.POST)) {
            Map<String, String> state = new java.util.LinkedHashMap<>(preState);
            state.putAll(result.state());
            job.registerPost(new ActionPhase(index, step, name, action, scope, inputs, stepEnv, state));
        }
        return result;
    }

    /** GitHub's header of an action step: {@code Run} and the action, its inputs, the step's env. Masked. */
    private void header(ResolvedAction action, Map<String, String> inputs, Map<String, String> stepEnv) {
        log.print("Run " + uses.action().text() + switch (action) {
            case ResolvedAction.OnDisk d -> d.sha().map(sha -> " (" + sha + ")").orElse("");
            case ResolvedAction.Builtin b -> " (built into Gantry)";
            case ResolvedAction.Image i -> "";
        });
        if (!inputs.isEmpty()) {
            log.print("  with:");
            inputs.forEach((k, v) -> log.print("    " + k + ": " + v));
        }
        if (!stepEnv.isEmpty()) {
            log.print("  env:");
            stepEnv.forEach((k, v) -> log.print("    " + k + ": " + v));
        }
    }
}
