package dev.gantry.workflow.read;

import dev.gantry.workflow.template.FieldContexts;
import java.util.Set;

/**
 * The named values and extra functions an expression may use in each field of a workflow, as GitHub documents in
 * "Contexts availability". {@link #NONE} means the field accepts no expression at all.
 */
public final class Contexts {

    public static final FieldContexts NONE = FieldContexts.NONE;

    private static final Set<String> STATUS = Set.of("always", "cancelled", "success", "failure");
    private static final Set<String> STEP_FUNCTIONS = Set.of("always", "cancelled", "success", "failure", "hashFiles");
    private static final Set<String> HASH_FILES = Set.of("hashFiles");

    public static final FieldContexts WORKFLOW_NAME = of("workflow-name", "github", "inputs", "vars");
    public static final FieldContexts WORKFLOW_ENV = of("workflow-env", "github", "secrets", "inputs", "vars");
    public static final FieldContexts CALL_INPUT_DEFAULT = of("call-input-default", "github", "inputs", "vars");
    public static final FieldContexts CALL_OUTPUT_VALUE = of("call-output-value", "github", "jobs", "vars", "inputs");
    public static final FieldContexts JOB_IF = FieldContexts.of("job-if", Set.of("github", "needs", "vars", "inputs"),
            STATUS);
    public static final FieldContexts JOB_STRATEGY = of("job-strategy", "github", "needs", "vars", "inputs");
    public static final FieldContexts JOB = of("job", "github", "needs", "strategy", "matrix", "vars", "inputs");
    public static final FieldContexts JOB_ENV = of("job-env", "github", "needs", "strategy", "matrix", "vars",
            "secrets", "inputs");
    public static final FieldContexts JOB_DEFAULTS = of("job-defaults", "github", "needs", "strategy", "matrix", "env",
            "vars", "inputs");
    public static final FieldContexts CREDENTIALS = of("container-credentials", "github", "needs", "strategy",
            "matrix", "env", "vars", "secrets", "inputs");
    public static final FieldContexts CONTAINER_ENV = of("container-env", "github", "needs", "strategy", "matrix",
            "job", "runner", "env", "vars", "secrets", "inputs");
    public static final FieldContexts JOB_OUTPUTS = of("job-outputs", "github", "needs", "strategy", "matrix", "job",
            "runner", "env", "vars", "secrets", "steps", "inputs");
    public static final FieldContexts ENVIRONMENT_URL = of("environment-url", "github", "needs", "strategy", "matrix",
            "job", "runner", "env", "vars", "steps", "inputs");
    public static final FieldContexts STEP = FieldContexts.of("step", Set.of("github", "needs", "strategy", "matrix",
            "job", "runner", "env", "vars", "secrets", "steps", "inputs"), HASH_FILES);
    public static final FieldContexts STEP_IF = FieldContexts.of("step-if", Set.of("github", "needs", "strategy",
            "matrix", "job", "runner", "env", "vars", "steps", "inputs"), STEP_FUNCTIONS);
    public static final FieldContexts CALL_WITH = of("call-with", "github", "needs", "strategy", "matrix", "inputs",
            "vars");
    public static final FieldContexts CALL_SECRETS = of("call-secrets", "github", "needs", "strategy", "matrix",
            "secrets", "inputs", "vars");
    public static final FieldContexts SNAPSHOT = of("snapshot", "github", "needs", "strategy", "matrix", "vars",
            "inputs");

    private Contexts() {}

    private static FieldContexts of(String name, String... names) {
        return FieldContexts.of(name, Set.of(names), Set.of());
    }
}
