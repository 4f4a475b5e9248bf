package dev.gantry.runner.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves a step's {@code shell} to a {@link Shell} as GitHub's runner does on Linux:
 * <ul>
 *   <li>none given: {@code bash --noprofile --norc -e -o pipefail {0}}, or {@code sh -e {0}} when there is no bash;
 *   <li>{@code bash}, {@code sh}: the same arguments; {@code python}: {@code python {0}} ({@code python3} when there
 *       is no {@code python}); {@code node}: {@code node {0}}; {@code pwsh}: {@code pwsh -command ". '{0}'"};
 *   <li>{@code cmd} and {@code powershell}: Windows only, rejected;
 *   <li>anything else: a custom {@code command [arguments] {0}} (quotes group words), which must contain {@code {0}}.
 * </ul>
 * A shell whose executable is not found is rejected with a message naming it. Thread-safe.
 */
public final class ShellResolver {

    /** What resolving gave: a shell to run, or why there is none (a sentence without the step's name). */
    public sealed interface Resolution {
        record Resolved(Shell shell) implements Resolution {
            public Resolved {
                Objects.requireNonNull(shell, "shell");
            }
        }

        record Rejected(String message) implements Resolution {
            public Rejected {
                Objects.requireNonNull(message, "message");
            }
        }
    }

    private static final List<String> BASH = List.of("--noprofile", "--norc", "-e", "-o", "pipefail", "{0}");
    private static final List<String> SH = List.of("-e", "{0}");

    private final ShellLookup lookup;

    public ShellResolver(ShellLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * @param written the evaluated {@code shell} of the step (or of {@code defaults.run}); empty for the default
     * @param path    the step's {@code PATH}, where the executable is looked for
     */
    public Resolution resolve(Optional<String> written, String path) {
        String shell = written.map(String::strip).orElse("");
        if (shell.isEmpty()) {
            return lookup.find("bash", path)
                    .<Resolution>map(bash -> resolved("bash", bash, BASH))
                    .or(() -> lookup.find("sh", path).map(sh -> resolved("sh", sh, SH)))
                    .orElse(new Resolution.Rejected("neither bash nor sh was found on PATH (" + path + ")"));
        }
        return switch (shell) {
            case "bash" -> known(shell, BASH, path);
            case "sh" -> known(shell, SH, path);
            case "python" -> lookup.find("python", path).or(() -> lookup.find("python3", path))
                    .<Resolution>map(python -> resolved(shell, python, List.of("{0}")))
                    .orElse(missing("python (or python3)", path));
            case "node" -> known(shell, List.of("{0}"), path);
            case "pwsh" -> known(shell, List.of("-command", ". '{0}'"), path);
            case "cmd", "powershell" -> new Resolution.Rejected("shell '" + shell + "' runs only on Windows runners;"
                    + " this host is not Windows (use bash, sh, pwsh or python)");
            default -> custom(shell, path);
        };
    }

    private Resolution known(String name, List<String> arguments, String path) {
        return lookup.find(name, path).<Resolution>map(exe -> resolved(name, exe, arguments))
                .orElse(missing(name, path));
    }

    private Resolution custom(String shell, String path) {
        List<String> words;
        try {
            words = Words.split(shell);
        } catch (IllegalArgumentException e) {
            return new Resolution.Rejected("shell '" + shell + "': " + e.getMessage());
        }
        if (words.stream().noneMatch(w -> w.contains(Shell.PLACEHOLDER))) {
            return new Resolution.Rejected("shell '" + shell + "' is not a known shell, and a custom shell must"
                    + " contain {0} where the script's path goes, e.g. 'perl {0}'");
        }
        String command = words.get(0);
        List<String> arguments = words.subList(1, words.size());
        if (arguments.stream().noneMatch(w -> w.contains(Shell.PLACEHOLDER))) {
            return new Resolution.Rejected("shell '" + shell + "': {0} must come after the command");
        }
        return lookup.find(command, path).<Resolution>map(exe -> resolved(shell, exe, arguments))
                .orElse(missing(command, path));
    }

    private static Resolution resolved(String written, Path executable, List<String> arguments) {
        String name = executable.getFileName().toString().toLowerCase(Locale.ROOT);
        Shell.Kind kind = name.equals("pwsh") || name.equals("powershell") ? Shell.Kind.POWERSHELL : Shell.Kind.PLAIN;
        return new Resolution.Resolved(new Shell(written, executable, arguments, extension(name), kind));
    }

    private static String extension(String command) {
        return switch (command) {
            case "bash", "sh", "dash", "zsh", "ksh" -> ".sh";
            case "pwsh", "powershell" -> ".ps1";
            case "node" -> ".js";
            default -> command.startsWith("python") ? ".py" : "";
        };
    }

    private static Resolution missing(String name, String path) {
        return new Resolution.Rejected("shell '" + name + "' was not found on PATH (" + path + ")");
    }
}
