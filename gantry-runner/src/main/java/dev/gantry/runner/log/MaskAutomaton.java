package dev.gantry.runner.log;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An Aho-Corasick automaton over a fixed set of patterns. Every character that occurs in some pattern gets its
 * own class; all others share class 0, which always leads back to the root.
 *
 * <p>Layout, for speed and bounded memory: states are numbered breadth-first, so the shallow states ordinary
 * text keeps visiting sit together. The first states, up to a budget of {@value #DENSE_BUDGET} table entries,
 * have complete transition rows (a DFA: one lookup per character); deeper states, which long patterns have
 * many of and text rarely reaches, keep only their trie children and a failure link. A transition is encoded
 * as the target's row offset (or, for a deep target, an index past the table), bitwise negated when a pattern
 * ends in the target, so the scan loop needs no multiplication and no second lookup unless something matched.
 *
 * <p>Immutable once built, so any number of threads may scan with it at once. Building takes time and memory
 * linear in the total length of the patterns (plus the dense table).
 */
final class MaskAutomaton {

    static final MaskAutomaton EMPTY = new MaskAutomaton(List.of());

    /** The most entries of the dense transition table: 2M ints, 8 MiB. */
    static final int DENSE_BUDGET = 1 << 21;

    private final char[] classOf;
    private final int classes;
    private final int denseStates;
    private final int denseLimit;
    /** Complete rows of the dense states, by row offset; entries are encoded targets. */
    private final int[] next;
    /** By state: the class of the character leading to it from its parent. */
    private final char[] inClass;
    /** By state: its first child; the children of state s are {@code firstChild[s] .. firstChild[s + 1] - 1}. */
    private final int[] firstChild;
    private final int[] fail;
    /** By state: the length of the longest pattern that ends there (0 when none), suffixes included. */
    private final int[] longest;
    private final int longestPattern;

    MaskAutomaton(Collection<String> patterns) {
        this(patterns, DENSE_BUDGET);
    }

    /** With a given dense-table budget (tests use a small one to exercise the deep states). */
    MaskAutomaton(Collection<String> patterns, int denseBudget) {
        classOf = new char[Character.MAX_VALUE + 1];
        int classCount = 1;
        int totalLength = 0;
        int max = 0;
        char[][] sequences = new char[patterns.size()][];
        int p = 0;
        for (String pattern : patterns) {
            char[] sequence = new char[pattern.length()];
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (classOf[c] == 0) {
                    classOf[c] = (char) classCount++;
                }
                sequence[i] = classOf[c];
            }
            sequences[p++] = sequence;
            totalLength += pattern.length();
            max = Math.max(max, pattern.length());
        }
        classes = classCount;
        longestPattern = max;
        Arrays.sort(sequences, Arrays::compare);

        Trie trie = new Trie(sequences, totalLength, max);
        int states = trie.count;
        denseStates = Math.max(1, Math.min(states, denseBudget / classes));
        denseLimit = denseStates * classes;
        inClass = trie.inClass;
        firstChild = trie.firstChild;
        longest = trie.ends;
        fail = new int[states];
        next = new int[denseLimit];
        link(states);
    }

    /** A trie built from sorted class sequences, renumbered breadth-first. */
    private static final class Trie {
        int count = 1;
        char[] inClass;
        int[] firstChild;
        int[] ends;

        Trie(char[][] sorted, int totalLength, int max) {
            int[] parent = new int[totalLength + 1];
            char[] in = new char[totalLength + 1];
            int[] end = new int[totalLength + 1];
            int[] path = new int[max + 1];
            char[] previous = new char[0];
            for (char[] s : sorted) {
                int common = Arrays.mismatch(previous, s);
                if (common < 0) {
                    common = s.length;
                }
                int node = path[common];
                for (int d = common; d < s.length; d++) {
                    int child = count++;
                    parent[child] = node;
                    in[child] = s[d];
                    path[d + 1] = child;
                    node = child;
                }
                end[node] = s.length;
                previous = s;
            }
            renumber(parent, in, end);
        }

        /** Breadth-first numbers: children of a node, in class order, get consecutive numbers. */
        private void renumber(int[] parent, char[] in, int[] end) {
            int[] childCount = new int[count + 1];
            for (int node = 1; node < count; node++) {
                childCount[parent[node] + 1]++;
            }
            for (int i = 1; i <= count; i++) {
                childCount[i] += childCount[i - 1];
            }
            int[] children = new int[Math.max(1, count - 1)];
            int[] fill = Arrays.copyOf(childCount, count + 1);
            for (int node = 1; node < count; node++) {
                children[fill[parent[node]]++] = node;
            }
            int[] queue = new int[count];
            int tail = 1;
            inClass = new char[count];
            firstChild = new int[count + 1];
            ends = new int[count];
            for (int head = 0; head < tail; head++) {
                int old = queue[head];
                inClass[head] = in[old];
                ends[head] = end[old];
                firstChild[head] = tail;
                for (int i = childCount[old]; i < childCount[old + 1]; i++) {
                    queue[tail++] = children[i];
                }
            }
            firstChild[count] = count;
        }
    }

    /**
     * Breadth-first: completes the dense rows from the failure states and sets each child's failure link and
     * longest output; then encodes the dense rows.
     */
    private void link(int states) {
        for (int s = 0; s < states; s++) {
            if (s < denseStates) {
                int row = s * classes;
                Arrays.fill(next, row, row + classes, -1);
                for (int child = firstChild[s]; child < firstChild[s + 1]; child++) {
                    next[row + inClass[child]] = child;
                }
                for (int c = 0; c < classes; c++) {
                    if (next[row + c] < 0) {
                        next[row + c] = s == 0 ? 0 : next[fail[s] * classes + c];
                    }
                }
            }
            for (int child = firstChild[s]; child < firstChild[s + 1]; child++) {
                fail[child] = s == 0 ? 0 : step(fail[s], inClass[child]);
                longest[child] = Math.max(longest[child], longest[fail[child]]);
            }
        }
        for (int i = 0; i < denseLimit; i++) {
            next[i] = encode(next[i]);
        }
    }

    /** The state reached from {@code state} on class {@code c}, while the dense rows still hold plain states. */
    private int step(int state, int c) {
        while (true) {
            if (state < denseStates) {
                return next[state * classes + c];
            }
            for (int child = firstChild[state]; child < firstChild[state + 1]; child++) {
                if (inClass[child] == c) {
                    return child;
                }
            }
            state = fail[state];
        }
    }

    private int encode(int state) {
        int code = state < denseStates ? state * classes : denseLimit + (state - denseStates);
        return longest[state] > 0 ? ~code : code;
    }

    private int stateOf(int code) {
        return code < denseLimit ? code / classes : code - denseLimit + denseStates;
    }

    /** A step from a deep state, which has no dense row: its children, else its failure link. Encoded. */
    private int sparseStep(int state, int c) {
        while (state >= denseStates) {
            for (int child = firstChild[state]; child < firstChild[state + 1]; child++) {
                if (inClass[child] == c) {
                    return encode(child);
                }
            }
            state = fail[state];
        }
        return next[state * classes + c];
    }

    /** The length of the longest pattern, 0 when there are none. */
    int longestPattern() {
        return longestPattern;
    }

    /** The number of states, for tests and diagnostics. */
    int states() {
        return longest.length;
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
        int code = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int c = classOf[text.charAt(i)];
            int target = code < denseLimit ? next[code + c] : sparseStep(stateOf(code), c);
            if (target >= 0) {
                code = target;
            } else {
                code = ~target;
                out.add(i + 1 - longest[stateOf(code)], i + 1);
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
