package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.List;
import java.util.Optional;

/**
 * Where a job runs: labels (a single string becomes a one-element list), and for the mapping form a runner
 * group. An expression-valued {@code runs-on} is one {@link Template.Expression} label.
 */
public record RunsOn(List<Template<String>> labels, Optional<Template<String>> group, Span span) {

    public static final RunsOn NONE = new RunsOn(List.of(), Optional.empty(), Span.NONE);

    public RunsOn {
        labels = List.copyOf(labels);
    }
}
