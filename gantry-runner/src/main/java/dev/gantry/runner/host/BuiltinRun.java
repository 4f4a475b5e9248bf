package dev.gantry.runner.host;

import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Step;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One phase of a built-in action, called on the job's thread with an {@link ActionCall} whose effects take hold as
 * a JavaScript action's do: outputs become the step's, exported variables and path entries apply to the following
 * steps, saved state goes to the later phases, masks apply at once. An {@link ActionFailure} fails the step with
 * its message; an unexpected exception fails it naming the action, never the job's thread.
 */
final class BuiltinRun {

    private final Step step;
    private final JobRun job;
    private final StepScope scope;
    private final StepLog log;
    private final ResolvedAction.Builtin action;
    private final ProcessStep process;

    BuiltinRun(Step step, JobRun job, StepScope scope, StepLog log, ResolvedAction.Builtin action) {
        this.step = step;
        this.job = job;
        this.scope = scope;
        this.log = log;
        this.action = action;
        this.process = new ProcessStep(step, job, log);
    }

    ProcessStep.Result run(BuiltinAction.Phase phase, Map<String, String> inputs, Map<String, String> state,
                           Map<String, String> stepEnv) {
        Call call = new Call(inputs, state, stepEnv);
        try {
            action.action().run(phase, call);
        } catch (ActionFailure e) {
            return new ProcessStep.Result(call.fail(e.getMessage()), call.outputs, call.saved);
        } catch (RuntimeException e) {
            return new ProcessStep.Result(call.fail(action.uses() + " failed unexpectedly: " + e),
                    call.outputs, call.saved);
        }
        return new ProcessStep.Result(StepStatus.SUCCESS, call.outputs, call.saved);
    }

    /** The {@link ActionCall} of one phase. */
    private final class Call implements ActionCall {

        private final Map<String, String> inputs;
        private final Map<String, String> state;
        private final Map<String, String> stepEnv;
        final Map<String, String> outputs = new LinkedHashMap<>();
        final Map<String, String> saved = new LinkedHashMap<>();

        Call(Map<String, String> inputs, Map<String, String> state, Map<String, String> stepEnv) {
            this.inputs = inputs;
            this.state = state;
            this.stepEnv = stepEnv;
        }

        StepStatus fail(String message) {
            log.error("step '" + StepNames.given(step) + "': " + message);
            return StepStatus.FAILURE;
        }

        @Override
        public String input(String name) {
            return inputs.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse("");
        }

        @Override
        public Map<String, String> inputs() {
            return Map.copyOf(inputs);
        }

        @Override
        public Path workspace() {
            return job.layout().workspace();
        }

        @Override
        public Path temp() {
            return job.layout().temp();
        }

        @Override
        public Path toolCache() {
            return job.layout().toolCache();
        }

        @Override
        public Map<String, String> environment() {
            return Map.copyOf(job.processEnvironment(scope, stepEnv, new StepFiles(Map.of()), step));
        }

        @Override
        public Value.Obj github() {
            return job.github();
        }

        @Override
        public String runId() {
            return job.request().runId();
        }

        @Override
        public JobKey job() {
            return job.request().jobKey();
        }

        @Override
        public void log(String line) {
            log.print(line);
        }

        @Override
        public void debug(String line) {
            if (job.options().debug()) {
                log.print("##[debug]" + line);
            }
        }

        @Override
        public void warning(String message) {
            log.warning(message);
        }

        @Override
        public void group(String title) {
            log.pipeline().line("::group::" + title.replace("\r", "").replace("\n", " "));
        }

        @Override
        public void endGroup() {
            log.pipeline().line("::endgroup::");
        }

        @Override
        public void setOutput(String name, String value) {
            outputs.put(name, value);
        }

        @Override
        public void exportVariable(String name, String value) {
            job.progress().setEnv(Map.of(name, value));
        }

        @Override
        public void addPath(Path directory) {
            job.progress().prependPath(List.of(directory.toString()));
        }

        @Override
        public void saveState(String name, String value) {
            saved.put(name, value);
        }

        @Override
        public Optional<String> state(String name) {
            return Optional.ofNullable(saved.getOrDefault(name, state.get(name)));
        }

        @Override
        public void addMask(String value) {
            job.masker().add(value);
        }
    }
}
