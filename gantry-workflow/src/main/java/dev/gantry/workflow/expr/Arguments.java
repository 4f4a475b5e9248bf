package dev.gantry.workflow.expr;

import java.util.List;

/**
 * The arguments of one function call, evaluated when asked for. Valid only during the call it was made for.
 */
public final class Arguments {

    private final Evaluator evaluator;
    private final List<Expr> exprs;
    private final int level;

    Arguments(Evaluator evaluator, List<Expr> exprs, int level) {
        this.evaluator = evaluator;
        this.exprs = exprs;
        this.level = level;
    }

    public int size() {
        return exprs.size();
    }

    /** Evaluates argument {@code i} (0-based); each call evaluates it again. */
    public Value get(int i) throws ExpressionException {
        return evaluator.eval(exprs.get(i), level);
    }

    public EvaluationContext context() {
        return evaluator.context();
    }
}
