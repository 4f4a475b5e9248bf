package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code workflow_call}: a reusable workflow run by a caller, or run on its own locally.
 *
 * @param inputs the caller's {@code with:} values, already evaluated (typed: strings, numbers, booleans)
 */
public record WorkflowCall(Map<String, Value> inputs, Revision revision, String actor, Value.Obj payload)
        implements Event {

    public WorkflowCall {
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public String name() {
        return "workflow_call";
    }

    @Override
    public Optional<String> action() {
        return Optional.empty();
    }
}
