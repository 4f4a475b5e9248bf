package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.List;
import java.util.Optional;

/** The {@code on} section: every event the workflow listens to, in source order. */
public record Triggers(List<Trigger> events, Span span) {

    public Triggers {
        events = List.copyOf(events);
    }

    /** The trigger for {@code event}, if the workflow listens to it. */
    public Optional<Trigger> find(String event) {
        return events.stream().filter(t -> t.event().equals(event)).findFirst();
    }
}
