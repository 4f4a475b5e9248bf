package dev.gantry.engine.plan;

import dev.gantry.workflow.expr.EvaluationContext;
import dev.gantry.workflow.expr.Evaluator;
import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link ExpressionEvaluator} on the expression library: run-wide named values fixed at construction
 * ({@code github}, {@code inputs}, {@code vars}, …), job contexts added per call. Immutable, thread-safe.
 */
public final class ContextEvaluator implements ExpressionEvaluator {

    private final Map<String, Value> runContexts;

    private ContextEvaluator(Map<String, Value> runContexts) {
        this.runContexts = Map.copyOf(runContexts);
    }

    public static ContextEvaluator of(Map<String, Value> runContexts) {
        return new ContextEvaluator(runContexts);
    }

    /** An evaluator without run contexts: only literals and the job contexts can be used. */
    public static ContextEvaluator empty() {
        return new ContextEvaluator(Map.of());
    }

    @Override
    public Value evaluate(Expr expr, Map<String, Value> jobContexts) throws ExpressionException {
        Map<String, Value> all = new HashMap<>(runContexts);
        all.putAll(jobContexts);
        return Evaluator.evaluate(expr, EvaluationContext.of(all));
    }
}
