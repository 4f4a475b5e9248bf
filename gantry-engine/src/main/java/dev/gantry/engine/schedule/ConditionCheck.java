package dev.gantry.engine.schedule;

import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.TemplateResolver;
import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Template;
import java.util.Map;

/**
 * Evaluates a job's {@code if} as GitHub does: the status functions take their job-level values
 * ({@link NeedsStatus}); a condition that calls none of them is {@code success() && (condition)}, so it is not
 * evaluated at all when {@code success()} is false. The default condition is {@code success()}.
 */
final class ConditionCheck {

    private final TemplateResolver templates;

    ConditionCheck(TemplateResolver templates) {
        this.templates = templates;
    }

    Evaluated<Boolean> check(Template<Boolean> condition, NeedsStatus status, Map<String, Value> contexts) {
        return switch (condition) {
            case Template.Literal<Boolean> l -> Evaluated.ok(status.success() && l.value());
            case Template.Expression<Boolean> e -> TemplateResolver.parsed(e).then(expr -> check(expr, e, status, contexts));
        };
    }

    private Evaluated<Boolean> check(Expr expr, Template.Expression<Boolean> e, NeedsStatus status,
                                     Map<String, Value> contexts) {
        boolean explicit = StatusSubstitution.usesStatus(expr);
        if (!explicit && !status.success()) {
            return Evaluated.ok(false);
        }
        return templates.value(StatusSubstitution.apply(expr, status), contexts, e.span())
                .map(Value::isTruthy);
    }

    /**
     * Whether a condition is surely false once the run is cancelled, so that its job can be abandoned at once:
     * it calls no status function (the implicit {@code success()} applies) or it is exactly {@code success()}.
     */
    static boolean needsSuccess(Template<Boolean> condition) {
        return switch (condition) {
            case Template.Literal<Boolean> l -> true;
            case Template.Expression<Boolean> e -> !(TemplateResolver.parsed(e) instanceof Evaluated.Ok<Expr> ok)
                    || !StatusSubstitution.usesStatus(ok.value())
                    || ok.value() instanceof Expr.Call c && c.args().isEmpty() && c.function().equalsIgnoreCase("success");
        };
    }
}
