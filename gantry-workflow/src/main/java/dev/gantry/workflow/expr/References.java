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
            case Expr.NamedValue n -> out.add(new Reference(Reference.Kind.NAMED_VALUE, n.name(), n.offset()));
            case Expr.Call c -> out.add(new Reference(Reference.Kind.FUNCTION, c.function(), c.offset()));
            default -> { }
        }
        expr.children().forEach(child -> collect(child, out));
    }
}
