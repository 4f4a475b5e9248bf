package dev.gantry.workflow.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Translates the body of one filter pattern (after any leading {@code !}) into an anchored regular expression,
 * following GitHub's filter pattern cheat sheet:
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
    private final List<String> atoms = new ArrayList<>();
    private final List<PatternError> errors = new ArrayList<>();
    /** Whether the last atom is a single character or class that {@code ?} and {@code +} may quantify. */
    private boolean quantifiable;
    private int pos;

    private GlobTranslator(String pattern, int from) {
        this.pattern = pattern;
        this.pos = from;
    }

    /** The regex for {@code pattern} from offset {@code from} on, or the errors found (offsets in {@code pattern}). */
    static Compiled<String> translate(String pattern, int from) {
        GlobTranslator translator = new GlobTranslator(pattern, from);
        translator.run();
        if (!translator.errors.isEmpty()) {
            return new Compiled.Invalid<>(translator.errors);
        }
        return new Compiled.Ok<>("^" + String.join("", translator.atoms) + "$");
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
            atoms.add(directories ? "(?:.+/)?" : ".*");
            pos += directories ? 3 : 2;
        } else {
            atoms.add("[^/]*");
            pos++;
        }
        quantifiable = false;
    }

    private void quantifier(char c) {
        if (quantifiable) {
            int last = atoms.size() - 1;
            atoms.set(last, "(?:" + atoms.get(last) + ")" + c);
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
        StringBuilder body = new StringBuilder("[");
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
                    body.append(c).append('-').append(end);
                }
                i += 2;
            } else {
                body.append(c);
            }
        }
        if (errors.size() == errorsBefore) {
            atoms.add(body.append(']').toString());
            quantifiable = true;
        }
    }

    private void literal(int cp) {
        boolean alphanumeric = cp < 128 && isAlphanumeric((char) cp);
        atoms.add(alphanumeric || cp >= 128 ? Character.toString(cp) : "\\" + (char) cp);
        quantifiable = true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private PatternError error(String message, int offset) {
        return new PatternError(0, pattern, message, offset);
    }
}
