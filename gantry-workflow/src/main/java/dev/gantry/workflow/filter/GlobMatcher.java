package dev.gantry.workflow.filter;

import java.util.List;

/**
 * Matches whole strings against a compiled pattern by simulating all positions in the pattern at once (a
 * Thompson-style automaton), so the cost is linear in the input times the pattern length whatever the pattern:
 * no backtracking, so no pattern can make a match take exponential time. Immutable and thread-safe; each call
 * allocates two small arrays.
 */
final class GlobMatcher {

    private final GlobToken[] tokens;

    GlobMatcher(List<GlobToken> tokens) {
        this.tokens = tokens.toArray(GlobToken[]::new);
    }

    boolean matches(String input) {
        int m = tokens.length;
        // at[i]: the next token to match is i (i == m: the whole pattern has matched).
        // inside[i]: token i is a Directories token that has consumed at least one character and awaits '/'.
        boolean[] at = new boolean[m + 1];
        boolean[] inside = new boolean[m + 1];
        at[0] = true;
        close(at);
        for (int offset = 0; offset < input.length(); ) {
            int c = input.codePointAt(offset);
            offset += Character.charCount(c);
            boolean[] nextAt = new boolean[m + 1];
            boolean[] nextInside = new boolean[m + 1];
            boolean alive = false;
            for (int i = 0; i < m; i++) {
                if (inside[i]) {
                    nextInside[i] = true;
                    nextAt[i + 1] |= c == '/';
                    alive = true;
                }
                if (!at[i]) {
                    continue;
                }
                switch (tokens[i]) {
                    case GlobToken.Directories d -> {
                        nextInside[i] = true;
                        alive = true;
                    }
                    case GlobToken.Char ch when ch.test().test(c) -> {
                        if (ch.repeat() == GlobToken.Repeat.ANY_NUMBER) {
                            nextAt[i] = true;
                        } else {
                            nextAt[i + 1] = true;
                        }
                        alive = true;
                    }
                    case GlobToken.Char ch -> { }
                }
            }
            if (!alive) {
                return false;
            }
            close(nextAt);
            at = nextAt;
            inside = nextInside;
        }
        return at[m];
    }

    /** Adds the positions reachable without consuming input: past optional tokens. Moves only forward. */
    private void close(boolean[] at) {
        for (int i = 0; i < tokens.length; i++) {
            if (at[i] && skippable(tokens[i])) {
                at[i + 1] = true;
            }
        }
    }

    private static boolean skippable(GlobToken token) {
        return switch (token) {
            case GlobToken.Directories d -> true;
            case GlobToken.Char ch -> ch.repeat() != GlobToken.Repeat.ONE;
        };
    }
}
