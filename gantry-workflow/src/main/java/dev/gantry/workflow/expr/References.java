package dev.gantry.workflow.expr;

import java.util.ArrayList;
import java.util.List;

/** The named values and functions an expression refers to, in source order, with their offsets. */
public final class References {

    /** One use of a name; {@code offset} is 0-based in the expression text. */
    public record Reference(Kind kind, String name, int offset) {
        public enum Kind { NAMED_VALUE, FUNCTION }
    }

    private References() {}

    public static List<Reference> of(Expr expr) {
        List<Reference> out = new ArrayList<>();
        collect(expr, out);
        out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return List.copyOf(out);
    }

    /** Only the named values, e.g. {@code github} and {@code env} in {@code github.ref == env.REF}. */
    public static List<Reference> namedValues(Expr expr) {
        return of(expr).stream().filter(r -> r.kind() == Reference.Kind.NAMED_VALUE).toList();
    }

    private static void collect(Expr expr, List<Reference> out) {
        switch (expr) {
            case Expr.Literal l -> { }
            case Expr.NamedValue n -> out.add(new Reference(Reference.Kind.NAMED_VALUE, n.name(), n.offset()));
            case Expr.Property p -> collect(p.target(), out);
            case Expr.Star s -> collect(s.target(), out);
            case Expr.Index i -> {
                collect(i.target(), out);
                collect(i.index(), out);
            }
            case Expr.Not n -> collect(n.operand(), out);
            case Expr.Compare c -> {
                collect(c.left(), out);
                collect(c.right(), out);
            }
            case Expr.Logical l -> l.operands().forEach(o -> collect(o, out));
            case Expr.Call c -> {
                out.add(new Reference(Reference.Kind.FUNCTION, c.function(), c.offset()));
                c.args().forEach(a -> collect(a, out));
            }
        }
    }
}
