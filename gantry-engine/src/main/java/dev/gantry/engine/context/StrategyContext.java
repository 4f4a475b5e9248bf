package dev.gantry.engine.context;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/** The {@code strategy} context of one job instance: fail-fast, job-index, job-total, max-parallel. */
public final class StrategyContext {

    private StrategyContext() {}

    /**
     * @param jobIndex    0-based index of this matrix combination
     * @param jobTotal    the number of combinations
     * @param maxParallel the {@code max-parallel} written; absent means all at once, i.e. {@code jobTotal}
     */
    public static Value.Obj of(boolean failFast, int jobIndex, int jobTotal, OptionalInt maxParallel) {
        if (jobTotal < 1 || jobIndex < 0 || jobIndex >= jobTotal) {
            throw new IllegalArgumentException("job index %d out of %d jobs".formatted(jobIndex, jobTotal));
        }
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("fail-fast", Value.of(failFast));
        out.put("job-index", new Value.Num(jobIndex));
        out.put("job-total", new Value.Num(jobTotal));
        out.put("max-parallel", new Value.Num(maxParallel.orElse(jobTotal)));
        return new Value.Obj(out);
    }

    /** A job without a matrix: one job, fail-fast on. */
    public static Value.Obj single() {
        return of(true, 0, 1, OptionalInt.empty());
    }
}
