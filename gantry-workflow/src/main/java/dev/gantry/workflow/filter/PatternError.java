package dev.gantry.workflow.filter;

import java.util.Objects;

/**
 * Why a filter pattern cannot be compiled.
 *
 * @param index   where the pattern stands in its list (0 for a pattern compiled on its own)
 * @param pattern the pattern as written
 * @param message what is wrong, e.g. {@code missing ']' to close '[' opened at offset 3}
 * @param offset  0-based offset in {@code pattern} of the offending character
 */
public record PatternError(int index, String pattern, String message, int offset) {

    public PatternError {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(message, "message");
        if (index < 0 || offset < 0) {
            throw new IllegalArgumentException("index and offset must be >= 0, got %d, %d".formatted(index, offset));
        }
    }

    /** The same error for the pattern standing at {@code newIndex} in a list. */
    PatternError at(int newIndex) {
        return new PatternError(newIndex, pattern, message, offset);
    }

    /** {@code invalid glob pattern "v[12": missing ']' … (at offset 1)}: the line a validator prints. */
    public String describe() {
        return "invalid glob pattern \"%s\": %s (at offset %d)".formatted(pattern, message, offset);
    }
}
