package dev.gantry.runner.host;

import dev.gantry.workflow.model.Step;
import java.util.Map;
import java.util.Objects;

/**
 * A pre or post phase of an action step, kept by the job until it runs: before the first step (pre) or after
 * the last one, in reverse order (post).
 *
 * @param index   the index of the step that uses the action
 * @param name    that step's name; the phase is shown as {@code Pre <name>} or {@code Post <name>}
 * @param scope   the level the step ran at (a post phase of an action inside a composite action runs there)
 * @param inputs  the step's inputs when the phase was registered
 * @param stepEnv the step's {@code env}
 * @param state   what earlier phases saved ({@code GITHUB_STATE}, {@code saveState}), given as {@code STATE_*}
 */
record ActionPhase(int index, Step step, String name, ResolvedAction action, StepScope scope,
                   Map<String, String> inputs, Map<String, String> stepEnv, Map<String, String> state) {

    ActionPhase {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(scope, "scope");
        inputs = Map.copyOf(inputs);
        stepEnv = Map.copyOf(stepEnv);
        state = Map.copyOf(state);
    }
}
