package dev.gantry.engine.plan;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands a {@link MatrixSpec} into its combinations with GitHub's documented rules:
 * <ol>
 *   <li>the cartesian product of the dimensions, the first dimension varying slowest (source order);</li>
 *   <li>each {@code exclude} row removes every combination that has all of the row's key/value pairs (a
 *       partial match; values compare by kind and content, objects and arrays deeply);</li>
 *   <li>each {@code include} row, in order, is merged into every combination of step 2 whose original
 *       dimension values it does not change (it may add keys, and overwrite keys added by an earlier include);
 *       a row merged into none becomes a combination of its own, appended after the others;</li>
 *   <li>a matrix of {@code include} rows only yields exactly those rows.</li>
 * </ol>
 * More than {@value #MAX_COMBINATIONS} combinations is an error, as on GitHub; a product too large to build
 * ({@value #MAX_PRODUCT}) is refused before it is built. Pure and thread-safe.
 */
public final class MatrixExpander {

    /** GitHub's limit of jobs one matrix may generate. */
    public static final int MAX_COMBINATIONS = 256;
    /** The largest cartesian product built before exclusions; beyond it the matrix cannot end up within limits. */
    static final long MAX_PRODUCT = 65_536;

    private MatrixExpander() {}

    /** The combinations in GitHub's order, or why there are none; {@code span} locates the matrix for errors. */
    public static Evaluated<List<Value.Obj>> expand(MatrixSpec spec, Span span) {
        if (spec.dimensions().isEmpty() && spec.include().isEmpty()) {
            return Evaluated.error("matrix must define at least one vector or include row", span);
        }
        long product = 1;
        for (Map.Entry<String, List<Value>> dimension : spec.dimensions().entrySet()) {
            if (dimension.getValue().isEmpty()) {
                return Evaluated.error("matrix vector '%s' does not contain any values".formatted(dimension.getKey()), span);
            }
            product *= dimension.getValue().size();
            if (product > MAX_PRODUCT) {
                return tooMany(">" + MAX_PRODUCT, span);
            }
        }
        List<Map<String, Value>> base = product(spec);
        base.removeIf(combination -> spec.exclude().stream().anyMatch(row -> matches(row, combination)));
        List<Map<String, Value>> extra = new ArrayList<>();
        for (Value.Obj row : spec.include()) {
            boolean merged = false;
            for (Map<String, Value> combination : base) {
                if (keepsOriginalValues(row, combination, spec)) {
                    combination.putAll(row.members());
                    merged = true;
                }
            }
            if (!merged) {
                extra.add(new LinkedHashMap<>(row.members()));
            }
        }
        List<Value.Obj> all = new ArrayList<>();
        base.forEach(c -> all.add(new Value.Obj(c)));
        extra.forEach(c -> all.add(new Value.Obj(c)));
        if (all.size() > MAX_COMBINATIONS) {
            return tooMany(String.valueOf(all.size()), span);
        }
        if (all.isEmpty()) {
            return Evaluated.error("matrix has no combinations left after 'exclude'", span);
        }
        return Evaluated.ok(List.copyOf(all));
    }

    private static Evaluated<List<Value.Obj>> tooMany(String count, Span span) {
        return Evaluated.error("matrix generates %s combinations; at most %d are allowed"
                .formatted(count, MAX_COMBINATIONS), span);
    }

    /** The cartesian product; without dimensions it is empty (so that every include row stands alone). */
    private static List<Map<String, Value>> product(MatrixSpec spec) {
        List<Map<String, Value>> combinations = new ArrayList<>();
        if (spec.dimensions().isEmpty()) {
            return combinations;
        }
        combinations.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Value>> dimension : spec.dimensions().entrySet()) {
            List<Map<String, Value>> next = new ArrayList<>(combinations.size() * dimension.getValue().size());
            for (Map<String, Value> partial : combinations) {
                for (Value value : dimension.getValue()) {
                    Map<String, Value> extended = new LinkedHashMap<>(partial);
                    extended.put(dimension.getKey(), value);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    /** Every pair of the exclude row is in the combination. */
    private static boolean matches(Value.Obj row, Map<String, Value> combination) {
        return row.members().entrySet().stream()
                .allMatch(e -> e.getValue().equals(combination.get(e.getKey())));
    }

    /** The include row agrees with the combination on every original dimension it names. */
    private static boolean keepsOriginalValues(Value.Obj row, Map<String, Value> combination, MatrixSpec spec) {
        return row.members().entrySet().stream()
                .filter(e -> spec.dimensions().containsKey(e.getKey()))
                .allMatch(e -> e.getValue().equals(combination.get(e.getKey())));
    }
}
