package dev.gantry.workflow.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code format(pattern, args…)}: {@code {N}} (N from 0 to 255) inserts argument N's string form, {@code {{} and
 * {@code }}} are literal braces; any other brace, or an index past the arguments, is an evaluation error naming the
 * pattern. As upstream, the whole pattern is checked before any argument is evaluated, and each argument is
 * evaluated at most once, in order of first use.
 */
final class FormatFunction {

    private static final int MAX_ARG_INDEX = 255;

    private FormatFunction() {}

    static Value format(Arguments args) throws ExpressionException {
        String pattern = Coercion.toStr(args.get(0));
        List<Object> segments = segments(pattern, args.size() - 1);
        String[] cache = new String[args.size() - 1];
        StringBuilder out = new StringBuilder(pattern.length());
        for (Object segment : segments) {
            if (segment instanceof Specified arg) {
                Value v = args.get(arg.index() + 1);
                throw ExpressionException.evaluation("The format specifiers '%s' are not valid for objects of type '%s'"
                        .formatted(arg.specifiers(), v.kindName()));
            }
            if (segment instanceof Integer index) {
                if (cache[index] == null) {
                    cache[index] = Coercion.toStr(args.get(index + 1));
                }
                out.append(cache[index]);
            } else {
                out.append((String) segment);
            }
            MemoryBudget.checkString(out.length());
        }
        return new Value.Str(out.toString());
    }

    /** An argument reference with format specifiers ({@code {0:x}}), which no value supports. */
    private record Specified(int index, String specifiers) {}

    /** Literal text (String), argument indexes (Integer) and {@link Specified} references, in order. */
    private static List<Object> segments(String pattern, int argCount) throws ExpressionException {
        List<Object> out = new ArrayList<>();
        int index = 0;
        while (index < pattern.length()) {
            int lbrace = pattern.indexOf('{', index);
            int rbrace = pattern.indexOf('}', index);
            if (lbrace >= 0 && (rbrace < 0 || rbrace > lbrace)) {
                if (charAt(pattern, lbrace + 1) == '{') {
                    out.add(pattern.substring(index, lbrace + 1));
                    index = lbrace + 2;
                    continue;
                }
                int digitsEnd = lbrace + 1;
                while (Character.isDigit(charAt(pattern, digitsEnd))) {
                    digitsEnd++;
                }
                int argIndex = rbrace > lbrace + 1 ? argIndex(pattern, lbrace + 1, digitsEnd) : -1;
                int close = argIndex < 0 ? -1 : specifiersEnd(pattern, digitsEnd);
                if (close < 0) {
                    throw invalid(pattern);
                }
                if (argIndex >= argCount) {
                    throw ExpressionException.evaluation(
                            "The following format string references more arguments than were supplied: " + pattern);
                }
                if (lbrace > index) {
                    out.add(pattern.substring(index, lbrace));
                }
                out.add(close == digitsEnd ? (Object) argIndex
                        : new Specified(argIndex, pattern.substring(digitsEnd + 1, close).replace("}}", "}")));
                index = close + 1;
            } else if (rbrace >= 0) {
                if (charAt(pattern, rbrace + 1) != '}') {
                    throw invalid(pattern);
                }
                out.add(pattern.substring(index, rbrace + 1));
                index = rbrace + 2;
            } else {
                out.add(pattern.substring(index));
                break;
            }
        }
        return out;
    }

    /** The ASCII decimal index in {@code [from, to)} if it is 0..255, else -1. */
    private static int argIndex(String pattern, int from, int to) {
        if (from == to || to - from > 3) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = pattern.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_ARG_INDEX ? value : -1;
    }

    /** The closing brace after an index: at {@code from}, or after {@code :specifiers} ({@code }}} escaped); -1. */
    private static int specifiersEnd(String pattern, int from) {
        char c = charAt(pattern, from);
        if (c == '}') {
            return from;
        }
        if (c != ':') {
            return -1;
        }
        for (int i = from + 1; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '}') {
                if (charAt(pattern, i + 1) != '}') {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private static ExpressionException invalid(String pattern) {
        return ExpressionException.evaluation("The following format string is invalid: " + pattern);
    }
}
