package dev.gantry.runner.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A resolved shell: the executable, the arguments with {@code {0}} where the script's path goes, and the script
 * file's extension. Immutable.
 *
 * @param written    the shell as the step named it, or {@code bash}/{@code sh} for the default (for messages)
 * @param executable the executable found on the step's {@code PATH}
 * @param arguments  the arguments after the executable; at least one contains {@code {0}}
 * @param extension  the script file's extension with its dot ({@code .sh}, {@code .py}), or empty
 * @param kind       what the script text needs around it
 */
public record Shell(String written, Path executable, List<String> arguments, String extension, Kind kind) {

    /** The placeholder for the script's path in {@link #arguments}. */
    public static final String PLACEHOLDER = "{0}";

    /** What the runner adds to a script before writing it. */
    public enum Kind {
        /** Written as is. */
        PLAIN,
        /** PowerShell: stop on errors, and exit with the last native command's exit code, as GitHub does. */
        POWERSHELL
    }

    public Shell {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(executable, "executable");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(kind, "kind");
        if (arguments.stream().noneMatch(a -> a.contains(PLACEHOLDER))) {
            throw new IllegalArgumentException("shell arguments must contain " + PLACEHOLDER + ": " + arguments);
        }
    }

    /** The command line that runs {@code script}. */
    public List<String> command(Path script) {
        List<String> out = new ArrayList<>();
        out.add(executable.toString());
        for (String argument : arguments) {
            out.add(argument.replace(PLACEHOLDER, script.toString()));
        }
        return out;
    }

    /** The text written to the script file for the step's {@code run} text. */
    public String script(String run) {
        return switch (kind) {
            case PLAIN -> run;
            case POWERSHELL -> "$ErrorActionPreference = 'stop'\n" + run
                    + "\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }\n";
        };
    }

    /** How the log shows it, as GitHub's {@code shell: /usr/bin/bash -e {0}} line. */
    public String display() {
        return executable + " " + String.join(" ", arguments);
    }
}
