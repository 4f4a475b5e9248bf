package dev.gantry.engine.plan;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Matrix;
import dev.gantry.workflow.model.Strategy;
import dev.gantry.workflow.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Evaluates a job's {@code strategy} (whole, its matrix, any vector, {@code include} and {@code exclude} may be
 * expressions such as {@code ${{ fromJSON(needs.setup.outputs.matrix) }}}) and expands the matrix with
 * {@link MatrixExpander}. Errors name the field and carry its position. Stateless apart from the resolver.
 */
public final class StrategyResolver {

    private static final String INCLUDE = "include";
    private static final String EXCLUDE = "exclude";

    private final TemplateResolver templates;

    public StrategyResolver(TemplateResolver templates) {
        this.templates = templates;
    }

    /** The strategy with the given job contexts ({@code needs} when the strategy uses it). */
    public Evaluated<JobStrategy> resolve(Optional<Template<Strategy>> strategy, Map<String, Value> jobContexts) {
        if (strategy.isEmpty()) {
            return Evaluated.ok(JobStrategy.NONE);
        }
        return switch (strategy.get()) {
            case Template.Literal<Strategy> l -> literal(l.value(), jobContexts);
            case Template.Expression<Strategy> e -> templates.value(e, jobContexts)
                    .then(v -> object(v, "strategy", e.span()))
                    .then(o -> fromObject(o, e.span()));
        };
    }

    private Evaluated<JobStrategy> literal(Strategy s, Map<String, Value> jobContexts) {
        Evaluated<Boolean> failFast = templates.value(s.failFast(), jobContexts).map(Value::isTruthy);
        Evaluated<OptionalInt> maxParallel = s.maxParallel().isEmpty() ? Evaluated.ok(OptionalInt.empty())
                : templates.value(s.maxParallel().get(), jobContexts).then(v -> maxParallel(v, s.maxParallel().get().span()));
        if (s.matrix().isEmpty()) {
            return failFast.then(ff -> maxParallel.map(mp -> new JobStrategy(JobStrategy.NONE.combinations(), false, ff, mp)));
        }
        Template<Matrix> matrix = s.matrix().get();
        Evaluated<MatrixSpec> spec = switch (matrix) {
            case Template.Literal<Matrix> l -> spec(l.value(), jobContexts);
            case Template.Expression<Matrix> e -> templates.value(e, jobContexts)
                    .then(v -> object(v, "strategy.matrix", e.span()))
                    .then(o -> spec(o, e.span()));
        };
        return spec.then(sp -> MatrixExpander.expand(sp, matrix.span()))
                .then(combinations -> failFast.then(ff -> maxParallel.map(mp -> new JobStrategy(combinations, true, ff, mp))));
    }

    private Evaluated<MatrixSpec> spec(Matrix m, Map<String, Value> jobContexts) {
        Map<String, List<Value>> dimensions = new LinkedHashMap<>();
        for (Map.Entry<String, Template<List<Value>>> vector : m.vectors().entrySet()) {
            Evaluated<List<Value>> values = templates.value(vector.getValue(), jobContexts)
                    .then(v -> vector(vector.getKey(), v, vector.getValue().span()));
            if (values instanceof Evaluated.Error<List<Value>> e) {
                return new Evaluated.Error<>(e.message(), e.span());
            }
            Evaluated<String> name = templates.key(vector.getKey(), jobContexts, vector.getValue().span());
            if (name instanceof Evaluated.Error<String> e) {
                return new Evaluated.Error<>(e.message(), e.span());
            }
            dimensions.put(((Evaluated.Ok<String>) name).value(), ((Evaluated.Ok<List<Value>>) values).value());
        }
        return templates.value(m.include(), jobContexts).then(inc -> rows(INCLUDE, inc, m.include().span()))
                .then(include -> templates.value(m.exclude(), jobContexts).then(exc -> rows(EXCLUDE, exc, m.exclude().span()))
                        .map(exclude -> new MatrixSpec(dimensions, include, exclude)));
    }

    /** A matrix given as one object, e.g. the value of {@code fromJSON(...)}. */
    private static Evaluated<MatrixSpec> spec(Value.Obj o, Span span) {
        Map<String, List<Value>> dimensions = new LinkedHashMap<>();
        List<Value.Obj> include = List.of();
        List<Value.Obj> exclude = List.of();
        for (Map.Entry<String, Value> member : o.members().entrySet()) {
            String key = member.getKey();
            Evaluated<?> part = key.equals(INCLUDE) || key.equals(EXCLUDE)
                    ? rows(key, member.getValue(), span) : vector(key, member.getValue(), span);
            switch (part) {
                case Evaluated.Error<?> e -> {
                    return new Evaluated.Error<>(e.message(), e.span());
                }
                case Evaluated.Ok<?> ok -> {
                    @SuppressWarnings("unchecked")
                    List<Value> values = (List<Value>) ok.value();
                    switch (key) {
                        case INCLUDE -> include = values.stream().map(Value.Obj.class::cast).toList();
                        case EXCLUDE -> exclude = values.stream().map(Value.Obj.class::cast).toList();
                        default -> dimensions.put(key, values);
                    }
                }
            }
        }
        return Evaluated.ok(new MatrixSpec(dimensions, include, exclude));
    }

    private static Evaluated<JobStrategy> fromObject(Value.Obj o, Span span) {
        Value matrix = o.members().getOrDefault("matrix", Value.NULL);
        boolean failFast = o.members().getOrDefault("fail-fast", Value.TRUE).isTruthy();
        Value max = o.members().get("max-parallel");
        Evaluated<OptionalInt> maxParallel = max == null ? Evaluated.ok(OptionalInt.empty()) : maxParallel(max, span);
        if (matrix instanceof Value.Null) {
            return maxParallel.map(mp -> new JobStrategy(JobStrategy.NONE.combinations(), false, failFast, mp));
        }
        return object(matrix, "strategy.matrix", span).then(m -> spec(m, span))
                .then(sp -> MatrixExpander.expand(sp, span))
                .then(combinations -> maxParallel.map(mp -> new JobStrategy(combinations, true, failFast, mp)));
    }

    private static Evaluated<Value.Obj> object(Value v, String field, Span span) {
        return v instanceof Value.Obj o ? Evaluated.ok(o)
                : Evaluated.error("%s must be a mapping, got %s".formatted(field, v.kindName()), span);
    }

    private static Evaluated<List<Value>> vector(String name, Value v, Span span) {
        if (!(v instanceof Value.Arr a)) {
            return Evaluated.error("matrix vector '%s' must be a sequence, got %s".formatted(name, v.kindName()), span);
        }
        if (a.items().isEmpty()) {
            return Evaluated.error("matrix vector '%s' does not contain any values".formatted(name), span);
        }
        return Evaluated.ok(a.items());
    }

    /** {@code include} or {@code exclude}: a sequence of mappings (null means none). */
    private static Evaluated<List<Value.Obj>> rows(String field, Value v, Span span) {
        if (v instanceof Value.Null) {
            return Evaluated.ok(List.of());
        }
        if (!(v instanceof Value.Arr a)) {
            return Evaluated.error("matrix %s must be a sequence of mappings, got %s".formatted(field, v.kindName()), span);
        }
        List<Value.Obj> rows = new ArrayList<>();
        for (Value item : a.items()) {
            if (!(item instanceof Value.Obj o)) {
                return Evaluated.error("each matrix %s entry must be a mapping, got %s".formatted(field, item.kindName()), span);
            }
            rows.add(o);
        }
        return Evaluated.ok(rows);
    }

    private static Evaluated<OptionalInt> maxParallel(Value v, Span span) {
        double n = switch (v) {
            case Value.Num num -> num.value();
            case Value.Str s -> parse(s.value());
            default -> Double.NaN;
        };
        if (Double.isNaN(n) || n < 1) {
            return Evaluated.error("strategy.max-parallel must be a number of at least 1, got %s"
                    .formatted(v instanceof Value.Str s ? "'" + s.value() + "'" : v.kindName()), span);
        }
        return Evaluated.ok(OptionalInt.of((int) Math.min(Math.floor(n), Integer.MAX_VALUE)));
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
