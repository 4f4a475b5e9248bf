package dev.gantry.engine.plan;

import dev.gantry.workflow.expr.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A matrix with every expression evaluated, ready to expand.
 *
 * @param dimensions the vectors by name, in source order; each holds at least one value
 * @param include    the {@code include} rows, in order
 * @param exclude    the {@code exclude} rows, in order
 */
public record MatrixSpec(Map<String, List<Value>> dimensions, List<Value.Obj> include, List<Value.Obj> exclude) {

    public MatrixSpec {
        Map<String, List<Value>> copy = new LinkedHashMap<>();
        dimensions.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        dimensions = Collections.unmodifiableMap(copy);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }
}
