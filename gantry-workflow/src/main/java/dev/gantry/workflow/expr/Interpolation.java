package dev.gantry.workflow.expr;

import dev.gantry.workflow.expr.ExpressionException.Phase;
import java.util.ArrayList;
import java.util.List;

/** Splits a string that may contain {@code ${{ … }}} into literal text and embedded expressions, and evaluates it. */
public final class Interpolation {

    static final String OPEN = "${{";

    static final String NOT_CLOSED = "The expression is not closed. An unescaped ${{ sequence was found, "
            + "but the closing }} sequence was not found.";

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
        return raw.contains(OPEN);
    }

    /**
     * Splits {@code raw} into parts; a {@code ${{} without its closing {@code }}} is an error whose offset is
     * that of the opening {@code ${{}. A {@code }}} inside a single-quoted string literal does not close.
     */
    public static List<Part> split(String raw) throws ExpressionException {
        List<Part> parts = new ArrayList<>();
        int next = 0;
        int start = raw.indexOf(OPEN);
        while (start >= 0) {
            if (start > next) {
                parts.add(new Part.Text(raw.substring(next, start), next));
            }
            int end = closingBraces(raw, start + OPEN.length());
            if (end < 0) {
                throw ExpressionException.at(Phase.PARSING, NOT_CLOSED, start, raw);
            }
            parts.add(new Part.Embedded(raw.substring(start + OPEN.length(), end - 1), start + OPEN.length()));
            next = end + 1;
            start = raw.indexOf(OPEN, next);
        }
        if (next < raw.length()) {
            parts.add(new Part.Text(raw.substring(next), next));
        }
        return parts;
    }

    /** The index of the second {@code }} of the closing pair, or -1; quotes toggle string mode. */
    private static int closingBraces(String raw, int from) {
        boolean inString = false;
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '}' && i > from && raw.charAt(i - 1) == '}') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Evaluates an interpolated string. When it is exactly one {@code ${{ … }}} (whitespace around it allowed),
     * the result is that expression's value, of any kind; otherwise each part's string form, concatenated.
     * Expressions are parsed with every named value and function accepted ({@link ExpressionParser#parse(String)}).
     */
    public static Value evaluate(String raw, EvaluationContext context) throws ExpressionException {
        List<Part> parts = split(raw);
        Part.Embedded single = soleExpression(parts);
        if (single != null) {
            return Evaluator.evaluate(ExpressionParser.parse(single.source()), context);
        }
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Part.Text t -> out.append(t.text());
                case Part.Embedded e -> out.append(
                        Coercion.toStr(Evaluator.evaluate(ExpressionParser.parse(e.source()), context)));
            }
            MemoryBudget.checkString(out.length());
        }
        return new Value.Str(out.toString());
    }

    /** The one embedded expression when every other part is whitespace; null otherwise. */
    private static Part.Embedded soleExpression(List<Part> parts) {
        Part.Embedded found = null;
        for (Part part : parts) {
            if (part instanceof Part.Embedded e) {
                if (found != null) {
                    return null;
                }
                found = e;
            } else if (part instanceof Part.Text t && !t.text().isBlank()) {
                return null;
            }
        }
        return found;
    }

    /** The string form GitHub gives a value when it is inserted into text. */
    public static String toText(Value value) {
        return Coercion.toStr(value);
    }
}
