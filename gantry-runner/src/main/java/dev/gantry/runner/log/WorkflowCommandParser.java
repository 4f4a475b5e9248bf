package dev.gantry.runner.log;

import dev.gantry.engine.exec.Annotation;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parses one log line as a workflow command, as GitHub's runner does: after leading white space the line starts
 * with {@code ::}, the command name (case-insensitive) and optional {@code key=value} properties separated by
 * commas run to the next {@code ::}, and the rest of the line is the data. Data is unescaped
 * ({@code %25 %0D %0A}), property values too ({@code %25 %0D %0A %3A %2C}). A line that is not a command, or
 * names a command GitHub does not know, is not parsed (it is plain text). Pure; thread-safe.
 */
public final class WorkflowCommandParser {

    /** The command names that are recognised, in lower case. */
    static final Set<String> NAMES = Set.of("add-mask", "group", "endgroup", "error", "warning",
            "notice", "debug", "stop-commands", "echo", "set-output", "save-state", "set-env", "add-path");

    private WorkflowCommandParser() {}

    /** The command {@code line} holds, or empty when it is plain text. */
    public static Optional<WorkflowCommand> parse(String line) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (!line.startsWith("::", start)) {
            return Optional.empty();
        }
        int end = line.indexOf("::", start + 2);
        if (end < 0) {
            return Optional.empty();
        }
        String info = line.substring(start + 2, end);
        int space = info.indexOf(' ');
        String name = (space < 0 ? info : info.substring(0, space)).toLowerCase(Locale.ROOT);
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        Map<String, String> properties = space < 0 ? Map.of() : properties(info.substring(space + 1));
        return Optional.of(command(name, properties, unescape(line.substring(end + 2), false)));
    }

    private static WorkflowCommand command(String name, Map<String, String> properties, String data) {
        return switch (name) {
            case "add-mask" -> new WorkflowCommand.AddMask(data);
            case "group" -> new WorkflowCommand.Group(data);
            case "endgroup" -> new WorkflowCommand.EndGroup();
            case "debug" -> new WorkflowCommand.Debug(data);
            case "stop-commands" -> new WorkflowCommand.StopCommands(data);
            case "echo" -> switch (data.strip().toLowerCase(Locale.ROOT)) {
                case "on" -> new WorkflowCommand.Echo(true);
                case "off" -> new WorkflowCommand.Echo(false);
                default -> new WorkflowCommand.Rejected(name, "invalid value '" + data + "': use 'on' or 'off'");
            };
            case "set-output", "save-state" -> named(name, properties, data);
            case "set-env", "add-path" -> new WorkflowCommand.Rejected(name, "the command is disabled; write to the file"
                    + " named by " + (name.equals("set-env") ? "$GITHUB_ENV" : "$GITHUB_PATH") + " instead");
            default -> new WorkflowCommand.Annotate(annotation(name, properties, data));
        };
    }

    private static WorkflowCommand named(String command, Map<String, String> properties, String data) {
        String name = properties.getOrDefault("name", "");
        if (name.isEmpty()) {
            return new WorkflowCommand.Rejected(command, "required property 'name' is missing");
        }
        return command.equals("set-output")
                ? new WorkflowCommand.SetOutput(name, data)
                : new WorkflowCommand.SaveState(name, data);
    }

    private static Annotation annotation(String level, Map<String, String> p, String message) {
        return new Annotation(Annotation.Level.valueOf(level.toUpperCase(Locale.ROOT)), message,
                Optional.ofNullable(p.get("title")), Optional.ofNullable(p.get("file")),
                number(p.get("line")), number(p.get("col")), number(p.get("endline")), number(p.get("endcolumn")));
    }

    /** A positive integer property; absent when missing or not a positive integer. */
    private static OptionalInt number(String value) {
        if (value == null || value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(value);
        return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    }

    /** {@code key=value} pairs separated by commas; keys lower-cased, empty entries and values skipped. */
    private static Map<String, String> properties(String text) {
        Map<String, String> out = new TreeMap<>();
        for (String entry : text.strip().split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0 && eq < entry.length() - 1) {
                out.put(entry.substring(0, eq).strip().toLowerCase(Locale.ROOT), unescape(entry.substring(eq + 1), true));
            }
        }
        return out;
    }

    /** Reverses GitHub's escaping in one left-to-right pass, so {@code %250A} becomes {@code %0A}. */
    static String unescape(String text, boolean property) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String code = c == '%' && i + 3 <= text.length() ? text.substring(i, i + 3) : "";
            String decoded = switch (code) {
                case "%25" -> "%";
                case "%0D" -> "\r";
                case "%0A" -> "\n";
                case "%3A" -> property ? ":" : null;
                case "%2C" -> property ? "," : null;
                default -> null;
            };
            if (decoded == null) {
                out.append(c);
            } else {
                out.append(decoded);
                i += 2;
            }
        }
        return out.toString();
    }
}
