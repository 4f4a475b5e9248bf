package dev.gantry.workflow.action;

import java.util.Objects;

/** One entry of an {@code env} or {@code with} mapping, in source order: a key and its unevaluated value. */
public record NamedText(Text name, Text value) {

    public NamedText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
