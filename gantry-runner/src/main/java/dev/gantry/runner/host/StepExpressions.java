package dev.gantry.runner.host;

import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.TemplateResolver;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.EvaluationContext;
import dev.gantry.workflow.expr.Evaluator;
import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.Template;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the fields of a step (or the job's {@code env} and {@code outputs}) against one set of contexts and a
 * job status, with the expression library. Every problem is an {@link Evaluated.Error} whose message names the
 * field and whose span is where it is written; nothing throws. Immutable.
 */
final class StepExpressions {

    private final EvaluationContext context;
    private final TemplateResolver resolver;

    StepExpressions(EvaluationContext context) {
        this.context = context;
        this.resolver = new TemplateResolver((expr, ignored) -> Evaluator.evaluate(expr, context));
    }

    EvaluationContext context() {
        return context;
    }

    Evaluated<Value> value(String field, Template<?> template) {
        return named(field, resolver.value(template, Map.of()));
    }

    Evaluated<Value> value(String field, Expr expr, Span span) {
        return named(field, resolver.value(expr, Map.of(), span));
    }

    /** The field's value as text, as GitHub inserts values into strings. */
    Evaluated<String> text(String field, Template<String> template) {
        return value(field, template).map(Interpolation::toText);
    }

    Evaluated<Boolean> bool(String field, Template<Boolean> template) {
        return value(field, template).map(Value::isTruthy);
    }

    /** A number of minutes; absent stays absent, anything but a positive number is an error. */
    Evaluated<Optional<Double>> minutes(String field, Optional<Template<Double>> template) {
        if (template.isEmpty()) {
            return Evaluated.ok(Optional.empty());
        }
        return value(field, template.get()).then(v -> {
            double minutes = switch (v) {
                case Value.Num n -> n.value();
                case Value.Str s -> parse(s.value());
                default -> Double.NaN;
            };
            return minutes > 0 ? Evaluated.ok(Optional.of(minutes))
                    : Evaluated.error(field + ": expected a positive number of minutes, got '"
                            + Interpolation.toText(v) + "'", template.get().span());
        });
    }

    /** An {@code env}-style mapping, entries in source order, values as text. */
    Evaluated<Map<String, String>> map(String field, EnvMap env) {
        Map<String, String> out = new LinkedHashMap<>();
        if (env.whole().isPresent()) {
            Evaluated<Value> whole = value(field, env.whole().get());
            if (whole instanceof Evaluated.Error<Value> e) {
                return Evaluated.error(e.message(), e.span());
            }
            if (!(((Evaluated.Ok<Value>) whole).value() instanceof Value.Obj obj)) {
                return Evaluated.error(field + ": expected a mapping", env.whole().get().span());
            }
            obj.members().forEach((k, v) -> out.put(k, Interpolation.toText(v)));
        }
        for (Map.Entry<String, Template<String>> entry : env.entries().entrySet()) {
            Evaluated<String> v = text(field + "." + entry.getKey(), entry.getValue());
            if (v instanceof Evaluated.Error<String> e) {
                return Evaluated.error(e.message(), e.span());
            }
            out.put(entry.getKey(), ((Evaluated.Ok<String>) v).value());
        }
        return Evaluated.ok(out);
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static <T> Evaluated<T> named(String field, Evaluated<T> result) {
        return switch (result) {
            case Evaluated.Ok<T> ok -> ok;
            case Evaluated.Error<T> e -> e.message().startsWith(field + ":") ? e
                    : Evaluated.error(field + ": " + e.message(), e.span());
        };
    }
}
