package dev.gantry.workflow.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes the value of an {@link Expr} with GitHub's semantics. One exhaustive switch over the tree; results
 * of {@code .*} and of property and index accesses that follow it are filtered arrays, computed as lists
 * (an access applies to each element and keeps those that have it). Each evaluation uses its own evaluator;
 * the static entry point is thread-safe.
 */
public final class Evaluator {

    private final EvaluationContext context;
    private final MemoryBudget memory = new MemoryBudget();

    private Evaluator(EvaluationContext context) {
        this.context = context;
    }

    /** The value of {@code expr}; problems such as a bad {@code format} string are evaluation errors. */
    public static Value evaluate(Expr expr, EvaluationContext context) throws ExpressionException {
        return new Evaluator(context).eval(expr, 0);
    }

    EvaluationContext context() {
        return context;
    }

    Value eval(Expr expr, int level) throws ExpressionException {
        Value result = switch (expr) {
            case Expr.Literal l -> l.value();
            case Expr.NamedValue n -> context.namedValue(n.name());
            case Expr.Property p -> isFiltered(p)
                    ? new Value.Arr(filtered(p, level))
                    : orNull(property(eval(p.target(), level + 1), p.name()));
            case Expr.Index i -> isFiltered(i)
                    ? new Value.Arr(filtered(i, level))
                    : index(eval(i.target(), level + 1), eval(i.index(), level + 1));
            case Expr.Star s -> new Value.Arr(filtered(s, level));
            case Expr.Not n -> Value.of(!eval(n.operand(), level + 1).isTruthy());
            case Expr.Compare c -> compare(c, level);
            case Expr.Logical l -> logical(l, level);
            case Expr.Call c -> call(c, level);
        };
        memory.charge(level, result);
        return result;
    }

    private Value compare(Expr.Compare c, int level) throws ExpressionException {
        Value left = eval(c.left(), level + 1);
        Value right = eval(c.right(), level + 1);
        return Value.of(switch (c.op()) {
            case EQ -> Coercion.looseEquals(left, right);
            case NE -> !Coercion.looseEquals(left, right);
            case LT -> ordered(left, right) && Coercion.order(left, right) < 0;
            case LE -> Coercion.looseEquals(left, right) || ordered(left, right) && Coercion.order(left, right) < 0;
            case GT -> ordered(left, right) && Coercion.order(left, right) > 0;
            case GE -> Coercion.looseEquals(left, right) || ordered(left, right) && Coercion.order(left, right) > 0;
        });
    }

    /** {@code <=} and {@code >=} are "equal, or less/greater", so an object is {@code >=} itself, as upstream. */
    private static boolean ordered(Value left, Value right) {
        return Coercion.order(left, right) != Integer.MIN_VALUE;
    }

    /** {@code &&} returns the first falsy operand or the last; {@code ||} the first truthy one or the last. */
    private Value logical(Expr.Logical l, int level) throws ExpressionException {
        boolean stopWhen = l.op() == Expr.LogicalOp.OR;
        Value current = Value.NULL;
        for (Expr operand : l.operands()) {
            current = eval(operand, level + 1);
            if (current.isTruthy() == stopWhen) {
                return current;
            }
        }
        return current;
    }

    private Value call(Expr.Call c, int level) throws ExpressionException {
        FunctionSpec spec = Functions.find(c.function());
        if (spec == null) {
            throw ExpressionException.evaluation("Unrecognized function: '" + c.function() + "'");
        }
        return spec.impl().call(new Arguments(this, c.args(), level + 1));
    }

    /** True for {@code .*}, and for property and index accesses whose target chain starts at one. */
    private static boolean isFiltered(Expr expr) {
        Expr e = expr;
        while (true) {
            switch (e) {
                case Expr.Property p -> e = p.target();
                case Expr.Index i -> e = i.target();
                default -> {
                    return e instanceof Expr.Star;
                }
            }
        }
    }

    private List<Value> filtered(Expr expr, int level) throws ExpressionException {
        List<Value> out = new ArrayList<>();
        switch (expr) {
            case Expr.Star s -> {
                if (isFiltered(s.target())) {
                    for (Value item : filtered(s.target(), level + 1)) {
                        addChildren(out, item);
                    }
                } else {
                    addChildren(out, eval(s.target(), level + 1));
                }
            }
            case Expr.Property p -> {
                for (Value item : filtered(p.target(), level + 1)) {
                    addIfFound(out, property(item, p.name()));
                }
            }
            case Expr.Index i -> {
                List<Value> items = filtered(i.target(), level + 1);
                Value key = eval(i.index(), level + 1);
                for (Value item : items) {
                    addIfFound(out, lookup(item, key));
                }
            }
            default -> throw new IllegalStateException("not a filtered access: " + expr);
        }
        return out;
    }

    private static void addChildren(List<Value> out, Value v) {
        if (v instanceof Value.Arr a) {
            out.addAll(a.items());
        } else if (v instanceof Value.Obj o) {
            out.addAll(o.members().values());
        }
    }

    private static void addIfFound(List<Value> out, Value found) {
        if (found != null) {
            out.add(found);
        }
    }

    private static Value orNull(Value found) {
        return found == null ? Value.NULL : found;
    }

    /** {@code target.name}: a member of an object, found ignoring case; null when there is none. */
    private static Value property(Value target, String name) {
        return target instanceof Value.Obj o ? Coercion.member(o, name) : null;
    }

    private static Value index(Value target, Value key) {
        return orNull(lookup(target, key));
    }

    /**
     * {@code target[key]}; null when there is no such element. An array takes the key as a number (rounded down,
     * in range); an object takes it as a property name in its string form; array and object keys find nothing.
     */
    static Value lookup(Value target, Value key) {
        if (!Coercion.isPrimitive(key)) {
            return null;
        }
        if (target instanceof Value.Arr a) {
            double d = Math.floor(Coercion.toNumber(key));
            return d >= 0 && d < a.items().size() ? a.items().get((int) d) : null;
        }
        if (target instanceof Value.Obj o) {
            return Coercion.member(o, Coercion.toStr(key));
        }
        return null;
    }
}
