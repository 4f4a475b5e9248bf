package dev.gantry.workflow.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code hashFiles} pattern line, matched against paths relative to the workspace, as GitHub's glob does:
 * {@code *} and {@code ?} within a path segment, {@code [abc]} classes, {@code **} as a whole segment for any
 * number of segments, a leading {@code !} to exclude, and a match on a directory covering everything below it.
 * Dot-files are matched like any other. Pure: reads no files.
 */
record GlobPattern(List<String> segments, boolean negated) {

    /** The pattern of one line, or none for blank and {@code #} comment lines. */
    static List<GlobPattern> parseLines(String text) {
        List<GlobPattern> out = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = false;
            while (line.startsWith("!")) {
                negated = !negated;
                line = line.substring(1);
            }
            List<String> segments = new ArrayList<>();
            for (String segment : line.replace('\\', '/').split("/")) {
                if (!segment.isEmpty() && !segment.equals(".")) {
                    segments.add(segment);
                }
            }
            if (!segments.isEmpty()) {
                out.add(new GlobPattern(List.copyOf(segments), negated));
            }
        }
        return out;
    }

    /** True when the pattern matches {@code path} or one of its ancestor directories. */
    boolean matches(List<String> path) {
        for (int length = 1; length <= path.size(); length++) {
            if (match(0, path, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private boolean match(int p, List<String> path, int s, int end) {
        if (p == segments.size()) {
            return s == end;
        }
        if (segments.get(p).equals("**")) {
            for (int skip = s; skip <= end; skip++) {
                if (match(p + 1, path, skip, end)) {
                    return true;
                }
            }
            return false;
        }
        return s < end && matchSegment(segments.get(p), 0, path.get(s), 0) && match(p + 1, path, s + 1, end);
    }

    /** Wildcards within one segment; {@code **} inside a longer segment acts as {@code *}. */
    private static boolean matchSegment(String pattern, int pi, String name, int ni) {
        while (pi < pattern.length()) {
            char c = pattern.charAt(pi);
            if (c == '*') {
                while (pi < pattern.length() && pattern.charAt(pi) == '*') {
                    pi++;
                }
                for (int k = ni; k <= name.length(); k++) {
                    if (matchSegment(pattern, pi, name, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (ni >= name.length()) {
                return false;
            }
            if (c == '[') {
                int close = pattern.indexOf(']', pi + 2);
                if (close > 0) {
                    if (!inClass(pattern.substring(pi + 1, close), name.charAt(ni))) {
                        return false;
                    }
                    pi = close + 1;
                    ni++;
                    continue;
                }
            }
            if (c != '?' && c != name.charAt(ni)) {
                return false;
            }
            pi++;
            ni++;
        }
        return ni == name.length();
    }

    private static boolean inClass(String set, char c) {
        boolean negate = set.startsWith("!") || set.startsWith("^");
        String body = negate ? set.substring(1) : set;
        boolean found = false;
        for (int i = 0; i < body.length(); i++) {
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                found |= c >= body.charAt(i) && c <= body.charAt(i + 2);
                i += 2;
            } else {
                found |= c == body.charAt(i);
            }
        }
        return found != negate;
    }
}
