package dev.gantry.workflow.expr;

/**
 * {@code format(pattern, args…)}: {@code {N}} inserts argument N's string form, {@code {{} and {@code }}} are
 * literal braces; any other brace, or an index past the arguments, is an evaluation error naming the pattern.
 */
final class FormatFunction {

    private FormatFunction() {}

    static Value format(Arguments args) throws ExpressionException {
        String pattern = Coercion.toStr(args.get(0));
        int argCount = args.size() - 1;
        String[] cache = new String[argCount];
        StringBuilder out = new StringBuilder(pattern.length());
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int close = pattern.indexOf('}', i + 1);
                int index = close < 0 ? -1 : argIndex(pattern, i + 1, close);
                if (index < 0) {
                    throw ExpressionException.evaluation("The following format string is invalid: " + pattern);
                }
                if (index >= argCount) {
                    throw ExpressionException.evaluation(
                            "The following format string references more arguments than were supplied: " + pattern);
                }
                if (cache[index] == null) {
                    cache[index] = Coercion.toStr(args.get(index + 1));
                }
                out.append(cache[index]);
                i = close + 1;
            } else if (c == '}') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw ExpressionException.evaluation("The following format string is invalid: " + pattern);
            } else {
                out.append(c);
                i++;
            }
            MemoryBudget.checkString(out.length());
        }
        MemoryBudget.checkString(out.length());
        return new Value.Str(out.toString());
    }

    /** The decimal argument index in {@code pattern[from, to)}, or -1 when it is not one. */
    private static int argIndex(String pattern, int from, int to) {
        if (from == to || to - from > 5) {
            return -1;
        }
        int index = 0;
        for (int i = from; i < to; i++) {
            char c = pattern.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index;
    }
}
