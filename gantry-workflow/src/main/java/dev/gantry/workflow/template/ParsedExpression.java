package dev.gantry.workflow.template;

import dev.gantry.workflow.expr.Expr;
import java.util.Objects;

/**
 * One expression parsed from a scalar; {@code valueOffset} is where its text starts in the scalar's value (see
 * {@link ScalarPositions} for the source position), so that rules on the tree can point into the scalar.
 */
public record ParsedExpression(Expr expr, int valueOffset) {

    public ParsedExpression {
        Objects.requireNonNull(expr, "expr");
    }
}
