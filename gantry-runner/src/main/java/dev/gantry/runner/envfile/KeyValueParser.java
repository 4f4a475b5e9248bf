package dev.gantry.runner.envfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the {@code GITHUB_ENV}, {@code GITHUB_OUTPUT} and {@code GITHUB_STATE} format, as GitHub's runner
 * reads it: one {@code NAME=value} per line, or {@code NAME<<DELIMITER} followed by value lines and a line that
 * is exactly {@code DELIMITER} (the value is the lines between, joined by {@code \n}). Whichever of {@code =}
 * and {@code <<} comes first decides the form. Lines end with {@code \n} or {@code \r\n}; blank lines are
 * skipped. The name must not be empty. Pure; thread-safe.
 */
public final class KeyValueParser {

    private KeyValueParser() {}

    /** The entries of {@code text} in file order (a name may repeat; the last one wins), or the first problem. */
    public static EnvFileResult<List<EnvEntry>> parse(EnvFileKind kind, String text) {
        String[] lines = text.split("\n", -1);
        List<EnvEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = chomp(lines[i]);
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            int equals = line.indexOf('=');
            int heredoc = line.indexOf("<<");
            if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
                String name = line.substring(0, equals);
                if (name.isEmpty()) {
                    return malformed(kind, number, "invalid format '" + line + "': the name must not be empty");
                }
                entries.add(new EnvEntry(name, line.substring(equals + 1), number));
            } else if (heredoc >= 0) {
                String name = line.substring(0, heredoc);
                String delimiter = line.substring(heredoc + 2);
                if (name.isEmpty() || delimiter.isEmpty()) {
                    return malformed(kind, number, "invalid format '" + line + "': the name and the delimiter must not"
                            + " be empty");
                }
                StringBuilder value = new StringBuilder();
                int end = i + 1;
                while (end < lines.length && !chomp(lines[end]).equals(delimiter)) {
                    value.append(end > i + 1 ? "\n" : "").append(chomp(lines[end]));
                    end++;
                }
                if (end == lines.length) {
                    return malformed(kind, number, "no line '" + delimiter + "' ends the value of '" + name
                            + "' that starts here");
                }
                entries.add(new EnvEntry(name, value.toString(), number));
                i = end;
            } else {
                return malformed(kind, number, "invalid format '" + line + "': expected NAME=value or NAME<<DELIMITER");
            }
        }
        return new EnvFileResult.Read<>(List.copyOf(entries));
    }

    private static String chomp(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static EnvFileResult<List<EnvEntry>> malformed(EnvFileKind kind, int line, String message) {
        return new EnvFileResult.Malformed<>(new EnvFileError(kind, line, message));
    }
}
