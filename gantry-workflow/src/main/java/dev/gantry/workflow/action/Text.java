package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Span;
import java.util.Objects;

/**
 * A string read from the metadata file, with where it was written. Scalars of other types (numbers, booleans)
 * are kept as written ({@code pre-if: true} holds {@code "true"}).
 */
public record Text(String value, Span span) {

    public Text {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public String toString() {
        return value;
    }
}
