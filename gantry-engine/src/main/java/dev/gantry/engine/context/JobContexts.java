package dev.gantry.engine.context;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The named values one job instance starts with. {@code matrix} is null for a job without a matrix, as on
 * GitHub; the others are objects. The executor adds {@code steps} and updates {@code job} and {@code env} as the
 * job runs.
 */
public record JobContexts(Value.Obj github, Value.Obj env, Value.Obj vars, Value.Obj secrets, Value.Obj inputs,
                          Value.Obj job, Value.Obj runner, Value.Obj strategy, Value matrix, Value.Obj needs) {

    public JobContexts {
        Objects.requireNonNull(github, "github");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(vars, "vars");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(needs, "needs");
    }

    /** By context name, for an {@code EvaluationContext} or a {@code JobRequest}. */
    public Map<String, Value> asMap() {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("github", github);
        out.put("env", env);
        out.put("vars", vars);
        out.put("secrets", secrets);
        out.put("inputs", inputs);
        out.put("job", job);
        out.put("runner", runner);
        out.put("strategy", strategy);
        out.put("matrix", matrix);
        out.put("needs", needs);
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The default environment variables of this job's steps. */
    public Map<String, String> defaultEnvironment() {
        return DefaultEnvironment.of(github, runner);
    }
}
