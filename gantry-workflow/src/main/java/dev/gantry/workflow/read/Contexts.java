package dev.gantry.workflow.read;

import java.util.Set;

/**
 * The named values and extra functions an expression may use in one field, as GitHub documents in "Contexts
 * availability". {@link #NONE} means the field accepts no expression at all.
 */
public record Contexts(Set<String> names, Set<String> functions) {

    public static final Contexts NONE = new Contexts(Set.of(), Set.of());

    private static final Set<String> STATUS = Set.of("always", "cancelled", "success", "failure");
    private static final Set<String> STEP_FUNCTIONS = Set.of("always", "cancelled", "success", "failure", "hashFiles");
    private static final Set<String> HASH_FILES = Set.of("hashFiles");

    public static final Contexts WORKFLOW_NAME = of("github", "inputs", "vars");
    public static final Contexts WORKFLOW_ENV = of("github", "secrets", "inputs", "vars");
    public static final Contexts CALL_INPUT_DEFAULT = of("github", "inputs", "vars");
    public static final Contexts CALL_OUTPUT_VALUE = of("github", "jobs", "vars", "inputs");
    public static final Contexts JOB_IF = new Contexts(Set.of("github", "needs", "vars", "inputs"), STATUS);
    public static final Contexts JOB_STRATEGY = of("github", "needs", "vars", "inputs");
    public static final Contexts JOB = of("github", "needs", "strategy", "matrix", "vars", "inputs");
    public static final Contexts JOB_ENV = of("github", "needs", "strategy", "matrix", "vars", "secrets", "inputs");
    public static final Contexts JOB_DEFAULTS = of("github", "needs", "strategy", "matrix", "env", "vars", "inputs");
    public static final Contexts CREDENTIALS = of("github", "needs", "strategy", "matrix", "env", "vars", "secrets",
            "inputs");
    public static final Contexts CONTAINER_ENV = of("github", "needs", "strategy", "matrix", "job", "runner", "env",
            "vars", "secrets", "inputs");
    public static final Contexts JOB_OUTPUTS = of("github", "needs", "strategy", "matrix", "job", "runner", "env",
            "vars", "secrets", "steps", "inputs");
    public static final Contexts ENVIRONMENT_URL = of("github", "needs", "strategy", "matrix", "job", "runner", "env",
            "vars", "steps", "inputs");
    public static final Contexts STEP = new Contexts(Set.of("github", "needs", "strategy", "matrix", "job", "runner",
            "env", "vars", "secrets", "steps", "inputs"), HASH_FILES);
    public static final Contexts STEP_IF = new Contexts(Set.of("github", "needs", "strategy", "matrix", "job",
            "runner", "env", "vars", "steps", "inputs"), STEP_FUNCTIONS);
    public static final Contexts CALL_WITH = of("github", "needs", "strategy", "matrix", "inputs", "vars");
    public static final Contexts CALL_SECRETS = of("github", "needs", "strategy", "matrix", "secrets", "inputs", "vars");
    public static final Contexts SNAPSHOT = of("github", "needs", "strategy", "matrix", "vars", "inputs");

    public Contexts {
        names = Set.copyOf(names);
        functions = Set.copyOf(functions);
    }

    public static Contexts of(String... names) {
        return new Contexts(Set.of(names), Set.of());
    }

    public boolean allowsExpressions() {
        return !names.isEmpty() || !functions.isEmpty();
    }
}
