package dev.gantry.engine.plan;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A job's evaluated strategy.
 *
 * @param combinations the matrix combinations in order; one empty combination when the job has no matrix
 * @param matrix       whether the job has a matrix (its instances then carry an index)
 * @param failFast     {@code strategy.fail-fast}, true unless set otherwise
 * @param maxParallel  {@code strategy.max-parallel} when set (at least 1)
 */
public record JobStrategy(List<Value.Obj> combinations, boolean matrix, boolean failFast, OptionalInt maxParallel) {

    /** A job without a strategy: one instance, fail-fast, no limit. */
    public static final JobStrategy NONE = new JobStrategy(List.of(new Value.Obj(Map.of())), false, true,
            OptionalInt.empty());

    public JobStrategy {
        combinations = List.copyOf(combinations);
        if (combinations.isEmpty()) {
            throw new IllegalArgumentException("a strategy has at least one combination");
        }
    }

    /** How many instances may run at once: max-parallel, or all of them. */
    public int parallelism() {
        return Math.min(maxParallel.orElse(combinations.size()), combinations.size());
    }

    /**
     * The {@code strategy} context of the instance at {@code index}: {@code fail-fast}, {@code job-index},
     * {@code job-total} and {@code max-parallel} (the number of combinations when not set, as GitHub reports it).
     */
    public Value.Obj context(int index) {
        Map<String, Value> members = new LinkedHashMap<>();
        members.put("fail-fast", Value.of(failFast));
        members.put("job-index", new Value.Num(index));
        members.put("job-total", new Value.Num(combinations.size()));
        members.put("max-parallel", new Value.Num(parallelism()));
        return new Value.Obj(members);
    }
}
