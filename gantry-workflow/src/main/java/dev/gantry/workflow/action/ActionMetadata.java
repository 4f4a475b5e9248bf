package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of an {@code action.yml}. When the file lacks {@code name} or {@code description} (which GitHub
 * requires only to publish an action; runners accept the file), the reader has reported a warning and the field
 * holds an empty text at the position of the root mapping.
 *
 * @param inputs  in source order; ids are unique ignoring case
 * @param outputs in source order; ids are unique ignoring case
 */
public record ActionMetadata(Text name, Optional<Text> author, Text description, List<ActionInput> inputs,
                             List<ActionOutput> outputs, ActionRuns runs, Optional<Branding> branding, Span span) {

    public ActionMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(description, "description");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(span, "span");
    }

    /** The input with this id, compared ignoring case as GitHub does. */
    public Optional<ActionInput> input(String id) {
        return inputs.stream().filter(i -> i.id().value().equalsIgnoreCase(id)).findFirst();
    }

    /** The output with this id, compared ignoring case. */
    public Optional<ActionOutput> output(String id) {
        return outputs.stream().filter(o -> o.id().value().equalsIgnoreCase(id)).findFirst();
    }
}
