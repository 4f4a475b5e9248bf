package dev.gantry.engine.plan;

import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.ExpressionParser;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.References;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Matrix;
import dev.gantry.workflow.model.Strategy;
import dev.gantry.workflow.model.Template;
import java.util.List;
import java.util.Optional;

/** Whether a job field refers to a context, e.g. a strategy that reads {@code needs} can only be expanded late. */
final class ContextUse {

    private ContextUse() {}

    static boolean strategyUses(Optional<Template<Strategy>> strategy, String context) {
        return strategy.isPresent() && switch (strategy.get()) {
            case Template.Expression<Strategy> e -> expressionUses(e, context);
            case Template.Literal<Strategy> l -> templateUses(l.value().failFast(), context)
                    || l.value().maxParallel().map(m -> templateUses(m, context)).orElse(false)
                    || l.value().matrix().map(m -> matrixUses(m, context)).orElse(false);
        };
    }

    static boolean templateUses(Template<?> template, String context) {
        return switch (template) {
            case Template.Expression<?> e -> expressionUses(e, context);
            case Template.Literal<?> l -> l.value() instanceof List<?> list
                    && list.stream().anyMatch(v -> v instanceof Value value && valueUses(value, context));
        };
    }

    private static boolean matrixUses(Template<Matrix> matrix, String context) {
        return switch (matrix) {
            case Template.Expression<Matrix> e -> expressionUses(e, context);
            case Template.Literal<Matrix> l -> templateUses(l.value().include(), context)
                    || templateUses(l.value().exclude(), context)
                    || l.value().vectors().values().stream().anyMatch(v -> templateUses(v, context));
        };
    }

    private static boolean expressionUses(Template.Expression<?> e, String context) {
        return TemplateResolver.parsed(e) instanceof Evaluated.Ok<Expr> ok
                && References.namedValues(ok.value()).stream().anyMatch(r -> r.name().equalsIgnoreCase(context));
    }

    private static boolean valueUses(Value value, String context) {
        return switch (value) {
            case Value.Str s -> Interpolation.containsExpression(s.value()) && embeddedUses(s.value(), context);
            case Value.Arr a -> a.items().stream().anyMatch(v -> valueUses(v, context));
            case Value.Obj o -> o.members().values().stream().anyMatch(v -> valueUses(v, context));
            default -> false;
        };
    }

    private static boolean embeddedUses(String raw, String context) {
        try {
            for (Interpolation.Part part : Interpolation.split(raw)) {
                if (part instanceof Interpolation.Part.Embedded e && References.namedValues(ExpressionParser.parse(e.source()))
                        .stream().anyMatch(r -> r.name().equalsIgnoreCase(context))) {
                    return true;
                }
            }
            return false;
        } catch (ExpressionException e) {
            return false;
        }
    }
}
