package dev.gantry.runner.host;

import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.TemplateResolver;
import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.References;
import dev.gantry.workflow.expr.StatusInfo;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Template;
import java.util.Locale;
import java.util.Set;

/**
 * A step's {@code if}, as GitHub evaluates it: the status functions see the job's status so far (through the
 * evaluation context's {@link StatusInfo}); a condition that calls none of them means
 * {@code success() && (condition)}, so after a failure or a cancellation it is false without being evaluated.
 */
final class StepCondition {

    private static final Set<String> STATUS_FUNCTIONS = Set.of("success", "failure", "cancelled", "always");

    private StepCondition() {}

    static Evaluated<Boolean> check(Template<Boolean> condition, StepExpressions expressions) {
        boolean jobSucceeding = expressions.context().status().job() == StatusInfo.Outcome.SUCCESS;
        return switch (condition) {
            case Template.Literal<Boolean> l -> Evaluated.ok(jobSucceeding && l.value());
            case Template.Expression<Boolean> e -> TemplateResolver.parsed(e).then(expr -> {
                if (!usesStatus(expr) && !jobSucceeding) {
                    return Evaluated.ok(false);
                }
                return expressions.value("if", expr, e.span()).map(Value::isTruthy);
            });
        };
    }

    /** Whether a condition may run after a failure or cancellation: it calls a status function. */
    static boolean usesStatus(Expr expr) {
        return References.of(expr).stream().anyMatch(r -> r.kind() == References.Reference.Kind.FUNCTION
                && STATUS_FUNCTIONS.contains(r.name().toLowerCase(Locale.ROOT)));
    }
}
