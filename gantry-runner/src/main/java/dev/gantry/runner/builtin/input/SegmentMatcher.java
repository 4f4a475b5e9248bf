package dev.gantry.runner.builtin.input;

/**
 * Wildcards within one path segment: {@code *} any run of characters, {@code ?} one character, {@code [abc]},
 * {@code [a-z]} and {@code [!a]} classes; a {@code [} without its {@code ]} is an ordinary character. Case matters.
 * Also matches names that hold no path, such as artifact names against a download {@code pattern}.
 */
public final class SegmentMatcher {

    private SegmentMatcher() {}

    public static boolean matches(String pattern, String name) {
        return match(pattern, 0, name, 0);
    }

    private static boolean match(String pattern, int pi, String name, int ni) {
        while (pi < pattern.length()) {
            char c = pattern.charAt(pi);
            if (c == '*') {
                while (pi < pattern.length() && pattern.charAt(pi) == '*') {
                    pi++;
                }
                for (int k = ni; k <= name.length(); k++) {
                    if (match(pattern, pi, name, k)) {
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
