package dev.gantry.runner.log;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An Aho-Corasick automaton over a fixed set of patterns, compiled to a complete transition table (a DFA) over
 * character classes: every character that occurs in some pattern gets its own class, all others share class 0,
 * which always leads back to the root. One table lookup per character, whatever the number of patterns.
 *
 * <p>Layout, for speed: states are numbered breadth-first, so the shallow states that ordinary text keeps
 * visiting sit together in memory; a transition holds the target's row offset in the table, negated (bitwise)
 * when a pattern ends in the target, so the scan loop needs no multiplication and no second lookup unless
 * something matched.
 *
 * <p>Immutable once built, so any number of threads may scan with it at once. Memory is
 * {@code states × classes} ints; states are at most the total length of the patterns.
 */
final class MaskAutomaton {

    static final MaskAutomaton EMPTY = new MaskAutomaton(List.of());

    private final char[] classOf;
    private final int classes;
    /** By row offset (state × classes): the target's row offset, bitwise negated when a pattern ends there. */
    private final int[] next;
    /** By state: the length of the longest pattern that ends there (0 when none), suffixes included. */
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
        if (classCount > Character.MAX_VALUE) {
            throw new IllegalArgumentException("too many distinct characters in secrets: " + classCount);
        }
        classes = classCount;
        longestPattern = max;
        Trie trie = new Trie(patterns, totalLength);
        int states = trie.states;
        int[] order = trie.breadthFirstNumbers();
        next = new int[states * classes];
        longest = new int[states];
        for (int old = 0; old < states; old++) {
            int row = order[old] * classes;
            longest[order[old]] = trie.ends[old];
            for (int c = 0; c < classes; c++) {
                int child = trie.table[old * classes + c];
                next[row + c] = child < 0 ? -1 : order[child];
            }
        }
        link(states);
    }

    /** The plain trie, states numbered in insertion order. */
    private final class Trie {
        final int[] table;
        final int[] ends;
        final int states;

        Trie(Collection<String> patterns, int totalLength) {
            int[] t = new int[(totalLength + 1) * classes];
            Arrays.fill(t, -1);
            int[] e = new int[totalLength + 1];
            int count = 1;
            for (String p : patterns) {
                int state = 0;
                for (int i = 0; i < p.length(); i++) {
                    int slot = state * classes + classOf[p.charAt(i)];
                    if (t[slot] < 0) {
                        t[slot] = count++;
                    }
                    state = t[slot];
                }
                e[state] = p.length();
            }
            table = t;
            ends = e;
            states = count;
        }

        /** For each state, its number in breadth-first order (the root stays 0). */
        int[] breadthFirstNumbers() {
            int[] order = new int[states];
            int[] queue = new int[states];
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                int state = queue[head];
                order[state] = head;
                for (int c = 0; c < classes; c++) {
                    int child = table[state * classes + c];
                    if (child >= 0) {
                        queue[tail++] = child;
                    }
                }
            }
            return order;
        }
    }

    /**
     * Fills missing transitions from the failure state and inherits its longest output. States are numbered
     * breadth-first, so visiting them in number order is a breadth-first traversal. Then turns targets into row
     * offsets, negated where a pattern ends.
     */
    private void link(int states) {
        int[] fail = new int[states];
        for (int c = 0; c < classes; c++) {
            if (next[c] < 0) {
                next[c] = 0;
            }
        }
        for (int state = 0; state < states; state++) {
            int row = state * classes;
            int failRow = fail[state] * classes;
            if (state > 0) {
                longest[state] = Math.max(longest[state], longest[fail[state]]);
            }
            for (int c = 0; c < classes; c++) {
                int child = next[row + c];
                if (state == 0) {
                    if (child > 0) {
                        fail[child] = 0;
                    }
                } else if (child < 0) {
                    next[row + c] = next[failRow + c];
                } else {
                    fail[child] = next[failRow + c];
                }
            }
        }
        for (int i = 0; i < next.length; i++) {
            int target = next[i];
            next[i] = longest[target] > 0 ? ~(target * classes) : target * classes;
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
    void find(String text, Spans out) {
        out.clear();
        if (longestPattern == 0) {
            return;
        }
        int row = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int target = next[row + classOf[text.charAt(i)]];
            if (target >= 0) {
                row = target;
            } else {
                row = ~target;
                out.add(i + 1 - longest[row / classes], i + 1);
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
