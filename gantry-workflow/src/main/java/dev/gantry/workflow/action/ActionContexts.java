package dev.gantry.workflow.action;

import dev.gantry.workflow.template.FieldContexts;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The named values and extra functions an expression may use in each field of an action metadata file. GitHub's
 * action schema gives each field its own list; {@code secrets} and {@code vars} appear in none of them (an action
 * gets secrets only through its inputs), and {@code needs} is unknown inside an action.
 *
 * <p>{@link #TEXT} is the list of fields that are not evaluated (names, descriptions, ids, {@code using},
 * {@code main}, {@code image}, entry points): GitHub still parses a {@code ${{ }}} written there, with no named
 * value allowed, so {@code ${{ secrets.TOKEN }}} in an input's description fails to load the action.
 */
final class ActionContexts {

    private static final Set<String> STATUS = Set.of("always", "success", "failure", "cancelled");
    private static final Set<String> HASH_FILES = Set.of("hashFiles");
    private static final Set<String> STEP_NAMES =
            Set.of("github", "inputs", "strategy", "matrix", "steps", "job", "runner", "env");

    /** Fields that are never evaluated: an expression there may use literals and the built-in functions only. */
    static final FieldContexts TEXT = FieldContexts.literalsOnly("text");

    /** {@code inputs.<id>.default}: evaluated before the action's inputs, env and steps exist. */
    static final FieldContexts INPUT_DEFAULT = FieldContexts.of("input-default",
            Set.of("github", "strategy", "matrix", "job", "runner"), HASH_FILES);

    /** {@code outputs.<id>.value} of a composite action. */
    static final FieldContexts OUTPUT_VALUE = FieldContexts.of("output-value", STEP_NAMES, Set.of());

    /** {@code runs.pre-if} and {@code runs.post-if}: conditions, with the status functions; no {@code steps}. */
    static final FieldContexts RUNS_IF = FieldContexts.of("runs-if",
            Set.of("github", "inputs", "strategy", "matrix", "job", "runner", "env"), union(STATUS, HASH_FILES));

    /** {@code runs.env} and {@code runs.args} of a Docker action: only the action's inputs. */
    static final FieldContexts DOCKER = FieldContexts.of("docker", Set.of("inputs"), Set.of());

    /** Values of a composite step: {@code name}, {@code run}, {@code shell}, {@code env}, {@code with}, … */
    static final FieldContexts STEP = FieldContexts.of("step", STEP_NAMES, HASH_FILES);

    /** {@code if} of a composite step: the step values plus the status functions. */
    static final FieldContexts STEP_IF = FieldContexts.of("step-if", STEP_NAMES, union(STATUS, HASH_FILES));

    private ActionContexts() {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
