package dev.gantry.engine.plan;

import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.References;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The name a job instance is shown by, as GitHub forms it: the job's {@code name} (its id when not set),
 * evaluated with the instance's contexts; for a matrix instance, when the name does not use {@code matrix},
 * followed by the combination's values in order, joined with {@code ", "} in parentheses — {@code test (21, linux)}.
 * A value that is an object or an array contributes its leaf values in order; null contributes nothing.
 * A name that fails to evaluate shows its source text.
 */
public final class DisplayName {

    private DisplayName() {}

    public static String of(Template<String> name, Value.Obj combination, boolean matrix,
                            TemplateResolver templates, Map<String, Value> jobContexts) {
        String base = switch (templates.value(name, jobContexts)) {
            case Evaluated.Ok<Value> ok -> Interpolation.toText(ok.value());
            case Evaluated.Error<Value> e -> name instanceof Template.Expression<String> x ? x.source() : "";
        };
        if (!matrix || usesMatrix(name)) {
            return base;
        }
        List<String> values = new ArrayList<>();
        combination.members().values().forEach(v -> leaves(v, values));
        return values.isEmpty() ? base : base + " (" + String.join(", ", values) + ")";
    }

    private static boolean usesMatrix(Template<String> name) {
        return name instanceof Template.Expression<String> e && TemplateResolver.parsed(e) instanceof Evaluated.Ok<Expr> ok
                && References.namedValues(ok.value()).stream().anyMatch(r -> r.name().equalsIgnoreCase("matrix"));
    }

    private static void leaves(Value v, List<String> out) {
        switch (v) {
            case Value.Null n -> { }
            case Value.Arr a -> a.items().forEach(item -> leaves(item, out));
            case Value.Obj o -> o.members().values().forEach(item -> leaves(item, out));
            default -> out.add(Interpolation.toText(v));
        }
    }
}
