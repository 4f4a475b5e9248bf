package dev.gantry.workflow.template;

import dev.gantry.workflow.diag.Position;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.yaml.ScalarStyle;
import dev.gantry.workflow.yaml.YamlNode;

/**
 * Maps an index in a scalar's value to its source position, so that an expression error points at the character
 * that caused it. Exact for single-line plain and quoted scalars without escapes; in block and multi-line scalars
 * the index is counted from the nearest preceding {@code ${{} in the raw text, so the error lands on its line.
 */
public final class ScalarPositions {

    private static final String OPEN = "${{";

    private ScalarPositions() {}

    /** The position of {@code valueIndex} (0-based, clamped to the value) of {@code scalar}'s value. */
    public static Position at(YamlNode.Scalar scalar, int valueIndex) {
        Position start = scalar.span().start();
        String value = scalar.value();
        int index = Math.max(0, Math.min(valueIndex, value.length()));
        if (scalar.span().end().line() == start.line() && !scalar.style().isBlock()) {
            int quote = scalar.style() == ScalarStyle.PLAIN ? 0 : 1;
            return new Position(start.line(), start.column() + quote + index);
        }
        int anchor = value.lastIndexOf(OPEN, index);
        int rawAnchor = anchor < 0 ? -1 : nthOpening(scalar.raw(), occurrencesBefore(value, anchor));
        if (rawAnchor < 0) {
            return start;
        }
        int rawIndex = Math.min(scalar.raw().length(), rawAnchor + (index - anchor));
        int line = start.line();
        int column = start.column();
        for (int i = 0; i < rawIndex; i++) {
            if (scalar.raw().charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }

    /** {@link #at} as an empty span, the form diagnostics take. */
    public static Span span(YamlNode.Scalar scalar, int valueIndex) {
        return Span.at(at(scalar, valueIndex));
    }

    /** How many {@code ${{} start before {@code end} in {@code value}. */
    private static int occurrencesBefore(String value, int end) {
        int n = 0;
        for (int i = value.indexOf(OPEN); i >= 0 && i < end; i = value.indexOf(OPEN, i + 1)) {
            n++;
        }
        return n;
    }

    /** The index of the {@code nth} (0-based) {@code ${{} in {@code raw}, or -1. */
    private static int nthOpening(String raw, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = raw.indexOf(OPEN, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
