package dev.gantry.workflow.read;

import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.Interpolation;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal splitter of {@code ${{ }}} used only while {@link Interpolation#split} is not implemented in this
 * build: it finds each {@code ${{} and the next {@code }}} outside single-quoted strings. To be removed once the
 * expression library provides the real one.
 */
final class InterpolationFallback {

    private InterpolationFallback() {}

    static List<Interpolation.Part> split(String raw) throws ExpressionException {
        List<Interpolation.Part> parts = new ArrayList<>();
        int pos = 0;
        while (pos < raw.length()) {
            int open = raw.indexOf("${{", pos);
            if (open < 0) {
                parts.add(new Interpolation.Part.Text(raw.substring(pos), pos));
                break;
            }
            if (open > pos) {
                parts.add(new Interpolation.Part.Text(raw.substring(pos, open), pos));
            }
            int close = findClose(raw, open + 3);
            if (close < 0) {
                throw new ExpressionException(ExpressionException.Phase.LEXING, "The expression is not closed",
                        open, "The expression is not closed");
            }
            parts.add(new Interpolation.Part.Embedded(raw.substring(open + 3, close), open + 3));
            pos = close + 2;
        }
        return parts;
    }

    private static int findClose(String raw, int from) {
        boolean quoted = false;
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '}' && i + 1 < raw.length() && raw.charAt(i + 1) == '}') {
                return i;
            }
        }
        return -1;
    }
}
