package dev.gantry.engine.schedule;

import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.Value;
import java.util.Locale;
import java.util.Optional;

/**
 * Replaces the status function calls of a job condition by their values, so that the rest of the expression
 * can be evaluated by any {@link dev.gantry.engine.plan.ExpressionEvaluator}: job-level status comes from the
 * needed jobs, which the expression library's status model (one job's own status) cannot express.
 */
final class StatusSubstitution {

    private StatusSubstitution() {}

    /** The value of a status function, or empty when {@code call} is not one. */
    static Optional<Boolean> valueOf(Expr.Call call, NeedsStatus status) {
        if (!call.args().isEmpty()) {
            return Optional.empty();
        }
        return switch (call.function().toLowerCase(Locale.ROOT)) {
            case "success" -> Optional.of(status.success());
            case "failure" -> Optional.of(status.failure());
            case "cancelled" -> Optional.of(status.cancelled());
            case "always" -> Optional.of(true);
            default -> Optional.empty();
        };
    }

    /** Whether the expression calls a status function (if not, GitHub's implicit {@code success() &&} applies). */
    static boolean usesStatus(Expr expr) {
        NeedsStatus probe = new NeedsStatus(true, true, true);
        return !apply(expr, probe).equals(expr);
    }

    static Expr apply(Expr expr, NeedsStatus status) {
        return switch (expr) {
            case Expr.Literal l -> l;
            case Expr.NamedValue n -> n;
            case Expr.Property p -> new Expr.Property(apply(p.target(), status), p.name(), p.offset());
            case Expr.Index i -> new Expr.Index(apply(i.target(), status), apply(i.index(), status), i.offset());
            case Expr.Star s -> new Expr.Star(apply(s.target(), status), s.offset());
            case Expr.Not n -> new Expr.Not(apply(n.operand(), status), n.offset());
            case Expr.Compare c -> new Expr.Compare(c.op(), apply(c.left(), status), apply(c.right(), status), c.offset());
            case Expr.Logical l -> new Expr.Logical(l.op(), l.operands().stream().map(o -> apply(o, status)).toList(), l.offset());
            case Expr.Call c -> valueOf(c, status).<Expr>map(b -> new Expr.Literal(Value.of(b), c.offset()))
                    .orElseGet(() -> new Expr.Call(c.function(), c.args().stream().map(a -> apply(a, status)).toList(), c.offset()));
        };
    }
}
