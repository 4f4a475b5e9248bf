package dev.gantry.workflow.action;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The named values and extra functions an expression may use in one field of an action metadata file. GitHub's
 * action schema gives each field its own list; {@code secrets} and {@code vars} appear in none of them (an action
 * gets secrets only through its inputs), and {@code needs} is unknown inside an action.
 *
 * <p>{@link #TEXT} is the list of fields that are not evaluated (names, descriptions, ids, {@code using},
 * {@code main}, {@code image}, entry points): GitHub still parses a {@code ${{ }}} written there, with no named
 * value allowed, so {@code ${{ secrets.TOKEN }}} in an input's description fails to load the action.
 */
record ActionContexts(Set<String> names, Set<String> functions) {

    private static final Set<String> STATUS = Set.of("always", "success", "failure", "cancelled");
    private static final Set<String> HASH_FILES = Set.of("hashFiles");
    private static final Set<String> STEP_NAMES =
            Set.of("github", "inputs", "strategy", "matrix", "steps", "job", "runner", "env");

    /** Fields that are never evaluated: an expression there may use literals and the built-in functions only. */
    static final ActionContexts TEXT = new ActionContexts(Set.of(), Set.of());

    /** {@code inputs.<id>.default}: evaluated before the action's inputs, env and steps exist. */
    static final ActionContexts INPUT_DEFAULT =
            new ActionContexts(Set.of("github", "strategy", "matrix", "job", "runner"), HASH_FILES);

    /** {@code outputs.<id>.value} of a composite action. */
    static final ActionContexts OUTPUT_VALUE = new ActionContexts(STEP_NAMES, Set.of());

    /** {@code runs.pre-if} and {@code runs.post-if}: conditions, with the status functions; no {@code steps}. */
    static final ActionContexts RUNS_IF = new ActionContexts(
            Set.of("github", "inputs", "strategy", "matrix", "job", "runner", "env"), union(STATUS, HASH_FILES));

    /** {@code runs.env} and {@code runs.args} of a Docker action: only the action's inputs. */
    static final ActionContexts DOCKER = new ActionContexts(Set.of("inputs"), Set.of());

    /** Values of a composite step: {@code name}, {@code run}, {@code shell}, {@code env}, {@code with}, … */
    static final ActionContexts STEP = new ActionContexts(STEP_NAMES, HASH_FILES);

    /** {@code if} of a composite step: the step values plus the status functions. */
    static final ActionContexts STEP_IF = new ActionContexts(STEP_NAMES, union(STATUS, HASH_FILES));

    ActionContexts {
        names = Set.copyOf(names);
        functions = Set.copyOf(functions);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
