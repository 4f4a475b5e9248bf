package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.util.Objects;
import java.util.Optional;

/** Any other event GitHub defines ({@code issues}, {@code release}, {@code create}, {@code merge_group}…). */
public record GenericEvent(String name, Optional<String> action, Revision revision, String actor,
                           Value.Obj payload) implements Event {

    public GenericEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
    }
}
