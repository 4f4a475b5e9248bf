package dev.gantry.runner.secrets;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the dotenv format of {@code --secret-file} and {@code --var-file}: one {@code NAME=value} per line,
 * optionally preceded by {@code export}; blank lines and {@code #} comments are skipped. A value is
 * <ul>
 *   <li>unquoted: the rest of the line, trimmed, up to a {@code #} preceded by white space;</li>
 *   <li>single-quoted: taken literally, no escapes, and may span lines;</li>
 *   <li>double-quoted: may span lines, with the escapes {@code \n \r \t \" \\ \$}; any other backslash is kept.</li>
 * </ul>
 * Names are letters, digits and {@code _}, not starting with a digit. Lines end with {@code \n} or {@code \r\n}.
 * Every problem is reported as {@code FILE:LINE: message}, the first one ends parsing. Pure; thread-safe.
 */
public final class DotenvParser {

    private final String file;
    private final String text;
    private int at;
    private int line = 1;

    private DotenvParser(String file, String text) {
        this.file = file;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Parses {@code text}; {@code file} is the name used in messages. */
    public static DotenvResult parse(String file, String text) {
        return new DotenvParser(file, text).entries();
    }

    private DotenvResult entries() {
        Map<String, String> values = new LinkedHashMap<>();
        while (at < text.length()) {
            skipBlanks();
            if (at >= text.length()) {
                break;
            }
            char c = text.charAt(at);
            if (c == '\n' || c == '\r') {
                endOfLine();
                continue;
            }
            if (c == '#') {
                skipRestOfLine();
                continue;
            }
            int start = line;
            String name = word();
            if (name.equals("export") && at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                skipBlanks();
                name = word();
            }
            if (!validName(name)) {
                return failed(start, "invalid name '" + name + restOfLineUpTo('=') + "': use letters, digits and _,"
                        + " not starting with a digit");
            }
            skipBlanks();
            if (at >= text.length() || text.charAt(at) != '=') {
                return failed(start, "expected '=' after " + name);
            }
            at++;
            skipBlanks();
            String value;
            if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
                char quote = text.charAt(at++);
                StringBuilder out = new StringBuilder();
                if (!quoted(quote, out)) {
                    return failed(start, "the value of " + name + " opened with " + quote + " is never closed");
                }
                skipBlanks();
                if (at < text.length() && text.charAt(at) != '#' && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
                    return failed(line, "unexpected text after the closing " + quote + " of " + name);
                }
                value = out.toString();
            } else {
                value = unquoted();
            }
            values.put(name, value);
            skipRestOfLine();
        }
        return new DotenvResult.Values(values);
    }

    /** Reads up to the closing quote; false when the text ends first. */
    private boolean quoted(char quote, StringBuilder out) {
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == quote) {
                return true;
            }
            if (c == '\n') {
                line++;
            }
            if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
                continue;
            }
            if (c == '\\' && quote == '"' && at < text.length()) {
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case '"', '\\', '$' -> out.append(e);
                    default -> {
                        out.append('\\');
                        at--;
                    }
                }
                continue;
            }
            out.append(c);
        }
        return false;
    }

    private String unquoted() {
        int start = at;
        while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            if (text.charAt(at) == '#' && at > start && Character.isWhitespace(text.charAt(at - 1))) {
                break;
            }
            at++;
        }
        return text.substring(start, at).strip();
    }

    private String word() {
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '=') {
            at++;
        }
        return text.substring(start, at);
    }

    private String restOfLineUpTo(char stop) {
        int end = at;
        while (end < text.length() && text.charAt(end) != stop && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(at, end).stripTrailing();
    }

    private static boolean validName(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(c -> c == '_' || (c < 0x80 && Character.isLetterOrDigit(c)));
    }

    private void skipBlanks() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private void skipRestOfLine() {
        while (at < text.length() && text.charAt(at) != '\n') {
            at++;
        }
        if (at < text.length()) {
            endOfLine();
        }
    }

    private void endOfLine() {
        if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
            at++;
        }
        at++;
        line++;
    }

    private DotenvResult failed(int lineNumber, String message) {
        return new DotenvResult.Failed(file + ":" + lineNumber + ": " + message);
    }
}
