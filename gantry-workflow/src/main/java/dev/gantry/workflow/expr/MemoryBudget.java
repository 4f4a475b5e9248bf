package dev.gantry.workflow.expr;

/**
 * Counts the memory an evaluation holds, as GitHub does, and stops it past {@link #MAX_BYTES}. Each result is
 * charged at the tree level that produced it; a primitive result releases what the levels below it held.
 * Strings cost 26 bytes plus 2 per character, everything else 24. One budget per evaluation; not thread-safe.
 */
final class MemoryBudget {

    /** GitHub's default limit for one evaluation: 1 MiB. */
    static final int MAX_BYTES = 1 << 20;

    static final String EXCEEDED = "The maximum allowed memory size was exceeded";

    private static final int STRING_OVERHEAD = 26;
    private static final int OBJECT_SIZE = 24;

    private final long[] byLevel = new long[ExpressionParser.MAX_DEPTH + 2];
    private int deepest = -1;
    private long total;

    void charge(int level, Value result) throws ExpressionException {
        int at = Math.min(level, byLevel.length - 1);
        if (Coercion.isPrimitive(result)) {
            while (deepest > at) {
                total -= byLevel[deepest];
                byLevel[deepest] = 0;
                deepest--;
            }
        }
        deepest = Math.max(deepest, at);
        long bytes = sizeOf(result);
        byLevel[at] += bytes;
        total += bytes;
        if (total > MAX_BYTES) {
            throw ExpressionException.evaluation(EXCEEDED);
        }
    }

    static long sizeOf(Value v) {
        return v instanceof Value.Str s ? stringSize(s.value().length()) : OBJECT_SIZE;
    }

    static long stringSize(long length) {
        return STRING_OVERHEAD + 2 * length;
    }

    /** For functions that build a string: fails once {@code length} characters alone exceed the limit. */
    static void checkString(long length) throws ExpressionException {
        if (stringSize(length) > MAX_BYTES) {
            throw ExpressionException.evaluation(EXCEEDED);
        }
    }
}
