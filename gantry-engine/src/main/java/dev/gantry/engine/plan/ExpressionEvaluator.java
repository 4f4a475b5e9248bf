package dev.gantry.engine.plan;

import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.Value;
import java.util.Map;

/**
 * Evaluates one parsed expression of a job-level field ({@code strategy}, {@code name}, {@code if},
 * {@code concurrency}, {@code continue-on-error}). The caller's implementation supplies the run-wide contexts
 * ({@code github}, {@code inputs}, {@code vars}); the planner and scheduler pass the job-specific ones
 * ({@code needs}, {@code matrix}, {@code strategy}) in {@code jobContexts}, which take precedence.
 *
 * <p>Status functions never reach an implementation: the scheduler replaces {@code success()},
 * {@code failure()}, {@code cancelled()} and {@code always()} by their values before it calls this.
 * Implementations must be pure and thread-safe; a problem is an {@link ExpressionException}, never another
 * exception.
 */
@FunctionalInterface
public interface ExpressionEvaluator {

    Value evaluate(Expr expr, Map<String, Value> jobContexts) throws ExpressionException;
}
