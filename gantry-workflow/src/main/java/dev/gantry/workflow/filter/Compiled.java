package dev.gantry.workflow.filter;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of compiling filter patterns: the compiled value, or every error found (never both, never none).
 *
 * @param <T> what was compiled
 */
public sealed interface Compiled<T> {

    record Ok<T>(T value) implements Compiled<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Invalid<T>(List<PatternError> errors) implements Compiled<T> {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one error");
            }
        }
    }

    /** The errors; empty when compilation succeeded. */
    default List<PatternError> errors() {
        return switch (this) {
            case Ok<T> ok -> List.of();
            case Invalid<T> invalid -> invalid.errors;
        };
    }

    /**
     * The compiled value.
     *
     * @throws IllegalStateException if compilation failed: a bug in the caller, who should have looked first
     */
    default T orThrow() {
        return switch (this) {
            case Ok<T> ok -> ok.value;
            case Invalid<T> invalid -> throw new IllegalStateException(
                    "patterns did not compile: " + invalid.errors.getFirst().describe());
        };
    }
}
