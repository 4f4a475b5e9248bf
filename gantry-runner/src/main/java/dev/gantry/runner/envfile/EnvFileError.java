package dev.gantry.runner.envfile;

import java.util.Objects;

/**
 * Why an env file could not be used: names the file kind and the 1-based line (0 when the problem is the file as
 * a whole, such as an I/O error). The executor fails the step with {@link #render()}, naming the step.
 */
public record EnvFileError(EnvFileKind kind, int line, String message) {

    public EnvFileError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or positive, got " + line);
        }
    }

    /** E.g. {@code GITHUB_OUTPUT line 3: invalid format 'oops': expected NAME=value or NAME<<DELIMITER}. */
    public String render() {
        return line == 0 ? kind.variable() + ": " + message : kind.variable() + " line " + line + ": " + message;
    }
}
