package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a literal {@code strategy.matrix} (rule {@value StrategyBuilder#RULE}). Errors where GitHub rejects
 * it: a matrix without any vector or {@code include} row, an {@code exclude} row naming a key that is no vector of
 * the matrix (GitHub applies {@code exclude} before {@code include}, so include-only keys do not count). Warnings
 * for what GitHub accepts but is surely a slip: an {@code exclude} value no vector holds (the row excludes nothing)
 * and a value listed twice in one vector (the combination runs twice). Parts written as expressions are skipped.
 */
final class MatrixRules {

    /** Values nested deeper than this are compared as unequal rather than followed. */
    private static final int MAX_COMPARE_DEPTH = 32;

    private final Diagnostics diagnostics;

    MatrixRules(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(YamlNode.Mapping matrix) {
        Map<String, YamlNode> vectors = new LinkedHashMap<>();
        Optional<YamlNode> include = Optional.empty();
        Optional<YamlNode> exclude = Optional.empty();
        boolean computedKeys = false;
        for (YamlNode.Entry e : matrix.entries()) {
            String key = e.keyText().orElse("");
            computedKeys |= key.contains("${{");
            switch (key) {
                case "include" -> include = Optional.of(e.value());
                case "exclude" -> exclude = Optional.of(e.value());
                default -> {
                    vectors.putIfAbsent(key, e.value());
                    duplicates(key, e.value());
                }
            }
        }
        if (vectors.isEmpty() && include.isEmpty() && !computedKeys) {
            diagnostics.error(StrategyBuilder.RULE, Span.at(matrix.span().start()),
                    "Matrix must define at least one vector");
        }
        if (!computedKeys && exclude.isPresent() && exclude.get() instanceof YamlNode.Sequence rows) {
            for (YamlNode row : rows.items()) {
                if (row instanceof YamlNode.Mapping m) {
                    excludeRow(m, vectors);
                }
            }
        }
    }

    private void excludeRow(YamlNode.Mapping row, Map<String, YamlNode> vectors) {
        for (YamlNode.Entry e : row.entries()) {
            String key = e.keyText().orElse("");
            if (key.isEmpty() || key.contains("${{")) {
                continue;
            }
            YamlNode vector = vectors.get(key);
            if (vector == null) {
                diagnostics.error(StrategyBuilder.RULE, Span.at(e.key().span().start()),
                        "Matrix exclude key '%s' does not match any key within the matrix", key);
            } else if (vector instanceof YamlNode.Sequence values
                    && values.items().stream().noneMatch(v -> matches(e.value(), v, 0))) {
                diagnostics.warning(StrategyBuilder.RULE, Span.at(e.value().span().start()), "Matrix exclude value"
                        + " %s matches no value of vector '%s', so this row excludes nothing", show(e.value()), key);
            }
        }
    }

    private void duplicates(String key, YamlNode vector) {
        if (!(vector instanceof YamlNode.Sequence values)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode value : values.items()) {
            if (value instanceof YamlNode.Scalar s && !hasExpression(s) && !seen.add(Fields.coerce(s))) {
                diagnostics.warning(StrategyBuilder.RULE, Span.at(value.span().start()), "Duplicate value %s in"
                        + " matrix vector '%s'; the same combination would run twice", show(value), key);
            }
        }
    }

    /**
     * Whether an exclude value may select a vector value: equal scalars (as text), a mapping that is a subset, an
     * equal sequence; an expression on either side may evaluate to anything, so it matches.
     */
    private static boolean matches(YamlNode wanted, YamlNode actual, int depth) {
        if (depth > MAX_COMPARE_DEPTH || hasExpression(wanted) || hasExpression(actual)) {
            return true;
        }
        return switch (wanted) {
            case YamlNode.Scalar w -> actual instanceof YamlNode.Scalar a && Fields.coerce(w).equals(Fields.coerce(a));
            case YamlNode.Mapping w -> actual instanceof YamlNode.Mapping a && w.entries().stream().allMatch(e ->
                    e.keyText().flatMap(a::get).filter(v -> matches(e.value(), v, depth + 1)).isPresent());
            case YamlNode.Sequence w -> actual instanceof YamlNode.Sequence a && w.items().size() == a.items().size()
                    && indexesMatch(w.items(), a.items(), depth);
        };
    }

    private static boolean indexesMatch(List<YamlNode> wanted, List<YamlNode> actual, int depth) {
        for (int i = 0; i < wanted.size(); i++) {
            if (!matches(wanted.get(i), actual.get(i), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasExpression(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.value().contains("${{");
    }

    private static String show(YamlNode node) {
        return node instanceof YamlNode.Scalar s ? "'" + Fields.coerce(s) + "'" : node.kind();
    }
}
