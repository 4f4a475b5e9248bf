package dev.gantry.workflow.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Translates the body of one filter pattern (after any leading {@code !}) into {@link GlobToken}s for
 * {@link GlobMatcher}, following GitHub's filter pattern cheat sheet:
 * <ul>
 *   <li>{@code *} any run of characters except {@code /}; {@code **} any run of characters; {@code **}{@code /}
 *       any number of leading directories, including none;</li>
 *   <li>{@code ?} zero or one and {@code +} one or more of the preceding character or class (literal when
 *       nothing quantifiable precedes them);</li>
 *   <li>{@code [..]} one letter or digit listed, or in a range such as {@code a-z} or {@code 0-9};</li>
 *   <li>{@code \} makes the next character literal; every other character is literal.</li>
 * </ul>
 * Every problem is collected, so one pass reports them all. Not thread-safe; one instance per pattern.
 */
final class GlobTranslator {

    private final String pattern;
    private final List<GlobToken> tokens = new ArrayList<>();
    private final List<PatternError> errors = new ArrayList<>();
    /** Whether the last token is a single character or class that {@code ?} and {@code +} may quantify. */
    private boolean quantifiable;
    private int pos;

    private GlobTranslator(String pattern, int from) {
        this.pattern = pattern;
        this.pos = from;
    }

    /** The matcher for {@code pattern} from offset {@code from} on, or the errors found (offsets in {@code pattern}). */
    static Compiled<GlobMatcher> translate(String pattern, int from) {
        GlobTranslator translator = new GlobTranslator(pattern, from);
        translator.run();
        if (!translator.errors.isEmpty()) {
            return new Compiled.Invalid<>(translator.errors);
        }
        return new Compiled.Ok<>(new GlobMatcher(translator.tokens));
    }

    private void run() {
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos);
            switch (c) {
                case '*' -> star();
                case '?', '+' -> quantifier(c);
                case '[' -> characterClass();
                case '\\' -> escape();
                default -> {
                    int cp = pattern.codePointAt(pos);
                    literal(cp);
                    pos += Character.charCount(cp);
                }
            }
        }
    }

    private void star() {
        if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '*') {
            boolean directories = pos + 2 < pattern.length() && pattern.charAt(pos + 2) == '/';
            tokens.add(directories ? new GlobToken.Directories()
                    : new GlobToken.Char(new GlobToken.CharTest.Any(), GlobToken.Repeat.ANY_NUMBER));
            pos += directories ? 3 : 2;
        } else {
            tokens.add(new GlobToken.Char(new GlobToken.CharTest.NotSlash(), GlobToken.Repeat.ANY_NUMBER));
            pos++;
        }
        quantifiable = false;
    }

    private void quantifier(char c) {
        if (quantifiable) {
            GlobToken.CharTest last = ((GlobToken.Char) tokens.removeLast()).test();
            if (c == '+') {
                tokens.add(new GlobToken.Char(last, GlobToken.Repeat.ONE));
            }
            tokens.add(new GlobToken.Char(last, c == '+' ? GlobToken.Repeat.ANY_NUMBER : GlobToken.Repeat.OPTIONAL));
            quantifiable = false;
        } else {
            literal(c);
        }
        pos++;
    }

    private void escape() {
        if (pos + 1 >= pattern.length()) {
            errors.add(error("'\\' at the end of the pattern escapes nothing", pos));
            pos++;
            return;
        }
        int cp = pattern.codePointAt(pos + 1);
        literal(cp);
        pos += 1 + Character.charCount(cp);
    }

    private void characterClass() {
        int open = pos;
        int close = pattern.indexOf(']', open + 1);
        if (close < 0) {
            errors.add(error("missing ']' to close '['", open));
            pos = pattern.length();
            return;
        }
        pos = close + 1;
        if (close == open + 1) {
            errors.add(error("empty brackets '[]' match nothing", open));
            return;
        }
        StringBuilder ranges = new StringBuilder();
        int errorsBefore = errors.size();
        for (int i = open + 1; i < close; i++) {
            char c = pattern.charAt(i);
            boolean range = i + 2 < close && pattern.charAt(i + 1) == '-';
            if (c == '-') {
                errors.add(error("a range needs a letter or digit on each side of '-'", i));
            } else if (!isAlphanumeric(c)) {
                errors.add(error("only letters, digits and ranges such as a-z or 0-9 may appear in '[]', found '"
                        + c + "'", i));
            } else if (range) {
                char end = pattern.charAt(i + 2);
                if (!isAlphanumeric(end)) {
                    errors.add(error("a range may only span letters and digits, found '" + end + "'", i + 2));
                } else if (end < c) {
                    errors.add(error("range '%c-%c' is out of order".formatted(c, end), i));
                } else {
                    ranges.append(c).append(end);
                }
                i += 2;
            } else {
                ranges.append(c).append(c);
            }
        }
        if (errors.size() == errorsBefore) {
            tokens.add(new GlobToken.Char(new GlobToken.CharTest.Ranges(ranges.toString()), GlobToken.Repeat.ONE));
            quantifiable = true;
        }
    }

    private void literal(int cp) {
        tokens.add(new GlobToken.Char(new GlobToken.CharTest.Literal(cp), GlobToken.Repeat.ONE));
        quantifiable = true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private PatternError error(String message, int offset) {
        return new PatternError(0, pattern, message, offset);
    }
}
