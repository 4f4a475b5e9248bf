package dev.gantry.workflow.filter;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem in the filters of one event: a pattern that does not compile, or two keys that may not be combined.
 *
 * @param key     the key the problem is reported on
 * @param message the whole message, ready to print
 * @param pattern the pattern error behind it, when there is one (its index and offset locate it in the list)
 */
public record FilterError(FilterKey key, String message, Optional<PatternError> pattern) {

    public FilterError {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pattern, "pattern");
    }

    static FilterError of(FilterKey key, PatternError error) {
        return new FilterError(key, error.describe(), Optional.of(error));
    }

    static FilterError conflict(FilterKey key) {
        return new FilterError(key, "\"%s\" and \"%s\" cannot be used together for the same event; use \"%s\" with"
                .formatted(key.twin().yamlName(), key.yamlName(), includeKey(key).yamlName())
                + " '!' patterns instead", Optional.empty());
    }

    private static FilterKey includeKey(FilterKey key) {
        return key.kind() == ListKind.INCLUDE ? key : key.twin();
    }
}
