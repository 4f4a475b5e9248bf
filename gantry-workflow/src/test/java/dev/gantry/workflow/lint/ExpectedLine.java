package dev.gantry.workflow.lint;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of an actionlint {@code .out} file: {@code FILE:LINE:COL: message [rule]}, or the same written as a
 * {@code /regex/} whose text must match the message. Only the position and the rule are used here.
 *
 * @param file   the linted file, relative to the case ({@code test.yaml}, {@code workflows/a.yaml})
 * @param rule   actionlint's rule name, without brackets
 * @param source the line as written, for messages
 */
record ExpectedLine(String file, int line, int column, String rule, String source) {

    private static final Pattern PLAIN = Pattern.compile("^(.+?):(\\d+):(\\d+): .*\\[([a-z0-9-]+)]$");
    private static final Pattern REGEX = Pattern.compile("^/(.+?):(\\d+):(\\d+): .*\\\\\\[([a-z0-9-]+)\\\\]/$");

    /** Parses a line; empty for a blank line or one in neither form. */
    static Optional<ExpectedLine> parse(String text) {
        String line = text.strip();
        Matcher regex = REGEX.matcher(line);
        if (regex.matches()) {
            return Optional.of(of(regex, regex.group(1).replace("\\.", "."), line));
        }
        Matcher plain = PLAIN.matcher(line);
        if (plain.matches()) {
            return Optional.of(of(plain, plain.group(1), line));
        }
        return Optional.empty();
    }

    private static ExpectedLine of(Matcher m, String file, String source) {
        return new ExpectedLine(file, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), source);
    }
}
