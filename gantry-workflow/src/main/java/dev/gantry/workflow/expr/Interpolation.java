package dev.gantry.workflow.expr;

import java.util.List;

/** Splits a string that may contain {@code ${{ … }}} into literal text and embedded expressions. */
public final class Interpolation {

    private Interpolation() {}

    /** A piece of an interpolated string; {@code offset} is 0-based in the raw string. */
    public sealed interface Part {
        int offset();

        record Text(String text, int offset) implements Part {}

        /** {@code source} is the text between {@code ${{} and {@code }}}, starting at {@code offset}. */
        record Embedded(String source, int offset) implements Part {}
    }

    /** True when {@code raw} contains {@code ${{}. */
    public static boolean containsExpression(String raw) {
        return raw.contains("${{");
    }

    /**
     * Splits {@code raw} into parts; a {@code ${{} without its closing {@code }}} is an error whose offset is
     * that of the opening {@code ${{}.
     */
    public static List<Part> split(String raw) throws ExpressionException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
