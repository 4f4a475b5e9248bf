package dev.gantry.engine.context;

import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default environment variables of every step ({@code CI}, {@code GITHUB_*}, {@code RUNNER_*}), derived from
 * the {@code github} and {@code runner} contexts so the two always agree. A step's own files
 * ({@code GITHUB_ENV}, {@code GITHUB_OUTPUT}, {@code GITHUB_PATH}, {@code GITHUB_STATE},
 * {@code GITHUB_STEP_SUMMARY}) and its {@code GITHUB_ACTION*} names are the executor's to add per step.
 */
public final class DefaultEnvironment {

    /** Variable name, context ({@code github} or {@code runner}), member. */
    private record Source(String variable, String context, String member) {}

    private static final List<Source> SOURCES = List.of(
            new Source("GITHUB_ACTION", "github", "action"),
            new Source("GITHUB_ACTOR", "github", "actor"),
            new Source("GITHUB_ACTOR_ID", "github", "actor_id"),
            new Source("GITHUB_API_URL", "github", "api_url"),
            new Source("GITHUB_BASE_REF", "github", "base_ref"),
            new Source("GITHUB_EVENT_NAME", "github", "event_name"),
            new Source("GITHUB_EVENT_PATH", "github", "event_path"),
            new Source("GITHUB_GRAPHQL_URL", "github", "graphql_url"),
            new Source("GITHUB_HEAD_REF", "github", "head_ref"),
            new Source("GITHUB_JOB", "github", "job"),
            new Source("GITHUB_REF", "github", "ref"),
            new Source("GITHUB_REF_NAME", "github", "ref_name"),
            new Source("GITHUB_REF_PROTECTED", "github", "ref_protected"),
            new Source("GITHUB_REF_TYPE", "github", "ref_type"),
            new Source("GITHUB_REPOSITORY", "github", "repository"),
            new Source("GITHUB_REPOSITORY_ID", "github", "repository_id"),
            new Source("GITHUB_REPOSITORY_OWNER", "github", "repository_owner"),
            new Source("GITHUB_REPOSITORY_OWNER_ID", "github", "repository_owner_id"),
            new Source("GITHUB_RETENTION_DAYS", "github", "retention_days"),
            new Source("GITHUB_RUN_ATTEMPT", "github", "run_attempt"),
            new Source("GITHUB_RUN_ID", "github", "run_id"),
            new Source("GITHUB_RUN_NUMBER", "github", "run_number"),
            new Source("GITHUB_SERVER_URL", "github", "server_url"),
            new Source("GITHUB_SHA", "github", "sha"),
            new Source("GITHUB_TRIGGERING_ACTOR", "github", "triggering_actor"),
            new Source("GITHUB_WORKFLOW", "github", "workflow"),
            new Source("GITHUB_WORKFLOW_REF", "github", "workflow_ref"),
            new Source("GITHUB_WORKFLOW_SHA", "github", "workflow_sha"),
            new Source("GITHUB_WORKSPACE", "github", "workspace"),
            new Source("RUNNER_ARCH", "runner", "arch"),
            new Source("RUNNER_DEBUG", "runner", "debug"),
            new Source("RUNNER_ENVIRONMENT", "runner", "environment"),
            new Source("RUNNER_NAME", "runner", "name"),
            new Source("RUNNER_OS", "runner", "os"),
            new Source("RUNNER_TEMP", "runner", "temp"),
            new Source("RUNNER_TOOL_CACHE", "runner", "tool_cache"));

    private DefaultEnvironment() {}

    /**
     * {@code CI=true}, {@code GITHUB_ACTIONS=true} and one variable per member of {@code github} and
     * {@code runner} listed above; a member the context lacks (e.g. {@code runner.debug} when debug is off) gives
     * no variable.
     */
    public static Map<String, String> of(Value.Obj github, Value.Obj runner) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("CI", "true");
        out.put("GITHUB_ACTIONS", "true");
        for (Source source : SOURCES) {
            Value.Obj context = source.context().equals("github") ? github : runner;
            Value value = context.members().get(source.member());
            if (value != null) {
                out.put(source.variable(), Interpolation.toText(value));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
