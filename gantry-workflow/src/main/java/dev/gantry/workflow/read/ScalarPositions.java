package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Position;
import dev.gantry.workflow.yaml.ScalarStyle;
import dev.gantry.workflow.yaml.YamlNode;

/**
 * Maps an index in a scalar's value to a source position. Exact for single-line plain and quoted scalars
 * without escapes; for block and multi-line scalars the index is located relative to the nearest preceding
 * {@code ${{} in the raw source text, so expression errors land on the line that holds them.
 */
final class ScalarPositions {

    private static final String OPEN = "${{";

    private ScalarPositions() {}

    static Position at(YamlNode.Scalar scalar, int valueIndex) {
        Position start = scalar.span().start();
        String value = scalar.value();
        int index = Math.max(0, Math.min(valueIndex, value.length()));
        boolean singleLine = scalar.span().end().line() == start.line() && !scalar.style().isBlock();
        if (singleLine) {
            int quote = scalar.style() == ScalarStyle.PLAIN ? 0 : 1;
            return new Position(start.line(), start.column() + quote + index);
        }
        int anchor = value.lastIndexOf(OPEN, index);
        if (anchor < 0) {
            return start;
        }
        int nth = count(value, anchor);
        String raw = scalar.raw();
        int rawAnchor = -1;
        for (int i = 0; i <= nth; i++) {
            rawAnchor = raw.indexOf(OPEN, rawAnchor + 1);
            if (rawAnchor < 0) {
                return start;
            }
        }
        int rawIndex = Math.min(raw.length(), rawAnchor + (index - anchor));
        int line = start.line();
        int column = start.column();
        for (int i = 0; i < rawIndex; i++) {
            if (raw.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }

    /** How many {@code ${{} occur in {@code value} before {@code end}. */
    private static int count(String value, int end) {
        int n = 0;
        for (int i = value.indexOf(OPEN); i >= 0 && i < end; i = value.indexOf(OPEN, i + 1)) {
            n++;
        }
        return n;
    }
}
