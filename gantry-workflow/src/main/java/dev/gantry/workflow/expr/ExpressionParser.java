package dev.gantry.workflow.expr;

import java.util.Set;

/** Parses the text of one expression (without {@code ${{ }}}) into an {@link Expr}. Stateless, thread-safe. */
public final class ExpressionParser {

    private ExpressionParser() {}

    /**
     * Parses with any named value accepted and every known function (built-ins, status functions,
     * {@code hashFiles}) accepted. Used where the caller checks context availability itself.
     */
    public static Expr parse(String text) throws ExpressionException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Parses as GitHub does for one field: only the given named values (case-insensitive) may appear, and only
     * the built-in functions plus {@code extraFunctions} (e.g. {@code success}, {@code hashFiles}) may be called;
     * anything else is a parse error ({@code Unrecognized named-value: 'env'}).
     */
    public static Expr parse(String text, Set<String> namedValues, Set<String> extraFunctions)
            throws ExpressionException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
