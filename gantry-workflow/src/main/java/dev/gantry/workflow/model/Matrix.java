package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A matrix, before expansion. Values stay as JSON-like {@link Value}s since they become the {@code matrix}
 * context; any vector, and {@code include}/{@code exclude}, may be an expression instead.
 *
 * @param vectors the dimensions by name, in source order
 */
public record Matrix(Map<String, Template<List<Value>>> vectors, Template<List<Value>> include,
                     Template<List<Value>> exclude, Span span) {
    public Matrix {
        vectors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vectors));
    }
}
