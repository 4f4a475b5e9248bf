package dev.gantry.runner.log;

import java.util.Arrays;
import java.util.Collection;

/**
 * An Aho-Corasick automaton over a fixed set of patterns, compiled to a complete transition table (a DFA) over
 * character classes: every character that occurs in some pattern gets its own class, all others share class 0,
 * which always leads back to the root. One table lookup per character, whatever the number of patterns.
 *
 * <p>Immutable once built, so any number of threads may scan with it at once. Memory is
 * {@code states × classes} ints; states are at most the total length of the patterns.
 */
final class MaskAutomaton {

    static final MaskAutomaton EMPTY = new MaskAutomaton(java.util.List.of());

    private final char[] classOf;
    private final int classes;
    private final int[] next;
    /** The length of the longest pattern that ends in each state (0 when none), suffixes included. */
    private final int[] longest;
    private final int longestPattern;

    MaskAutomaton(Collection<String> patterns) {
        classOf = new char[Character.MAX_VALUE + 1];
        int classCount = 1;
        int totalLength = 0;
        int max = 0;
        for (String p : patterns) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (classOf[c] == 0) {
                    classOf[c] = (char) classCount++;
                }
            }
            totalLength += p.length();
            max = Math.max(max, p.length());
        }
        classes = classCount;
        longestPattern = max;
        int[] table = new int[(totalLength + 1) * classes];
        Arrays.fill(table, -1);
        int[] depthOut = new int[totalLength + 1];
        int states = 1;
        for (String p : patterns) {
            int state = 0;
            for (int i = 0; i < p.length(); i++) {
                int slot = state * classes + classOf[p.charAt(i)];
                if (table[slot] < 0) {
                    table[slot] = states++;
                }
                state = table[slot];
            }
            depthOut[state] = p.length();
        }
        next = Arrays.copyOf(table, states * classes);
        longest = Arrays.copyOf(depthOut, states);
        link(states);
    }

    /** Breadth-first: fills missing transitions from the failure state and inherits its longest output. */
    private void link(int states) {
        int[] fail = new int[states];
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int c = 0; c < classes; c++) {
            int child = next[c];
            if (child < 0) {
                next[c] = 0;
            } else {
                fail[child] = 0;
                queue[tail++] = child;
            }
        }
        while (head < tail) {
            int state = queue[head++];
            int row = state * classes;
            int failRow = fail[state] * classes;
            longest[state] = Math.max(longest[state], longest[fail[state]]);
            for (int c = 0; c < classes; c++) {
                int child = next[row + c];
                if (child < 0) {
                    next[row + c] = next[failRow + c];
                } else {
                    fail[child] = next[failRow + c];
                    queue[tail++] = child;
                }
            }
        }
    }

    /** The length of the longest pattern, 0 when there are none. */
    int longestPattern() {
        return longestPattern;
    }

    /**
     * Puts in {@code out} the spans of {@code text} covered by pattern occurrences, overlapping occurrences
     * merged, sorted.
     */
    void find(CharSequence text, Spans out) {
        out.clear();
        if (longestPattern == 0) {
            return;
        }
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            state = next[state * classes + classOf[text.charAt(i)]];
            int length = longest[state];
            if (length > 0) {
                out.add(i + 1 - length, i + 1);
            }
        }
    }

    /** A growable list of merged {@code [start, end)} spans with increasing ends. Not thread-safe. */
    static final class Spans {
        private int[] pairs = new int[16];
        private int size;

        void clear() {
            size = 0;
        }

        /** Adds a span whose end is greater than every end added before, merging the spans it overlaps. */
        void add(int start, int end) {
            while (size > 0 && pairs[size - 1] > start) {
                start = Math.min(start, pairs[size - 2]);
                size -= 2;
            }
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = start;
            pairs[size++] = end;
        }

        int start(int span) {
            return pairs[2 * span];
        }

        int end(int span) {
            return pairs[2 * span + 1];
        }

        int count() {
            return size / 2;
        }
    }
}
