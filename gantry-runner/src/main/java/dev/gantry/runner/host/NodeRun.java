package dev.gantry.runner.host;

import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.workflow.action.ActionRuns;
import dev.gantry.workflow.action.Text;
import dev.gantry.workflow.model.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One phase of a JavaScript action ({@code runs.using: node12|16|20|24}), run with the host's {@code node} as
 * GitHub's runner runs it: {@code node <action folder>/<entry point>} in the workspace, with the step's environment
 * plus {@code INPUT_<ID>} for every input, {@code STATE_<NAME>} for what earlier phases saved, and
 * {@code GITHUB_ACTION_PATH}, {@code GITHUB_ACTION_REPOSITORY}, {@code GITHUB_ACTION_REF}; env files and workflow
 * commands as for a script ({@link ProcessStep}), so {@code @actions/core} works unchanged.
 */
final class NodeRun {

    private final int index;
    private final Step step;
    private final JobRun job;
    private final StepScope scope;
    private final ResolvedAction.OnDisk action;
    private final ActionRuns.Node runs;
    private final ProcessStep process;

    NodeRun(int index, Step step, JobRun job, StepScope scope, StepLog log, ResolvedAction.OnDisk action,
            ActionRuns.Node runs) {
        this.index = index;
        this.step = step;
        this.job = job;
        this.scope = scope;
        this.action = action;
        this.runs = runs;
        this.process = new ProcessStep(step, job, log);
    }

    ProcessStep.Result run(BuiltinAction.Phase phase, Map<String, String> inputs, Map<String, String> state,
                           Map<String, String> stepEnv, Deadline deadline) {
        Optional<Text> entry = switch (phase) {
            case PRE -> runs.pre();
            case MAIN -> Optional.of(runs.main());
            case POST -> runs.post();
        };
        if (entry.isEmpty()) {
            return process.failed("the action '" + action.uses() + "' has no " + phase.name().toLowerCase(java.util.Locale.ROOT) + " entry point");
        }
        Path script = action.directory().resolve(entry.get().value()).normalize();
        if (!script.startsWith(action.directory()) || !Files.isRegularFile(script)) {
            return process.failed("the entry point " + entry.get().value() + " of '" + action.uses()
                    + "' does not exist (" + script + ")");
        }
        StepFiles files;
        try {
            files = job.spareFiles().take(index);
        } catch (IOException e) {
            return process.failed("cannot create the step's env files: " + e.getMessage());
        }
        Map<String, String> environment = new LinkedHashMap<>(job.processEnvironment(scope, stepEnv, files, step));
        inputs.forEach((id, value) -> environment.put(ActionInputs.variable(id), value));
        state.forEach((key, value) -> environment.put("STATE_" + key, value));
        environment.put("GITHUB_ACTION_PATH", action.directory().toString());
        action.repository().ifPresent(r -> environment.put("GITHUB_ACTION_REPOSITORY", r));
        action.ref().ifPresent(r -> environment.put("GITHUB_ACTION_REF", r));
        Optional<Path> node = job.options().shells().find("node", environment.getOrDefault("PATH", ""));
        if (node.isEmpty()) {
            job.spareFiles().giveBack(files);
            return process.failed("the JavaScript action '" + action.uses() + "' (runs.using: "
                    + runs.version().using() + ") needs node, and none was found on PATH");
        }
        return process.run(List.of(node.get().toString(), script.toString()), job.layout().workspace(),
                environment, files, deadline);
    }
}
