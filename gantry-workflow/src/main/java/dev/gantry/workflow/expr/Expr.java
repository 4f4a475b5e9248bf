package dev.gantry.workflow.expr;

import java.util.List;

/**
 * The syntax tree of a {@code ${{ }}} expression. Each node records {@code offset}: the 0-based index of its
 * first character in the expression text it was parsed from (the text between {@code ${{} and {@code }}}).
 */
public sealed interface Expr {

    int offset();

    /** The direct subexpressions, in source order; empty for literals and named values. */
    default List<Expr> children() {
        return switch (this) {
            case Literal l -> List.of();
            case NamedValue n -> List.of();
            case Property p -> List.of(p.target());
            case Index i -> List.of(i.target(), i.index());
            case Star s -> List.of(s.target());
            case Not n -> List.of(n.operand());
            case Compare c -> List.of(c.left(), c.right());
            case Logical l -> l.operands();
            case Call c -> c.args();
        };
    }

    /** {@code null}, {@code true}, {@code 42}, {@code 'text'}. */
    record Literal(Value value, int offset) implements Expr {}

    /** A context name at the root of a path: {@code github}, {@code matrix}, {@code steps}. */
    record NamedValue(String name, int offset) implements Expr {}

    /** {@code target.name}. */
    record Property(Expr target, String name, int offset) implements Expr {}

    /** {@code target[index]}. */
    record Index(Expr target, Expr index, int offset) implements Expr {}

    /** {@code target.*} or {@code target[*]}: the object filter. */
    record Star(Expr target, int offset) implements Expr {}

    /** {@code !operand}. */
    record Not(Expr operand, int offset) implements Expr {}

    /** {@code left OP right} for the comparison operators. */
    record Compare(CompareOp op, Expr left, Expr right, int offset) implements Expr {}

    /** {@code a && b && c} or {@code a || b || c}; returns an operand, not a boolean. */
    record Logical(LogicalOp op, List<Expr> operands, int offset) implements Expr {}

    /** {@code name(args…)}; {@code function} keeps the spelling used in the source. */
    record Call(String function, List<Expr> args, int offset) implements Expr {}

    enum CompareOp { EQ, NE, LT, LE, GT, GE }

    enum LogicalOp { AND, OR }
}
