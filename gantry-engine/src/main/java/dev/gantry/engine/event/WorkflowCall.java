package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code workflow_call}: a reusable workflow run by a caller, or run on its own locally.
 *
 * @param inputs    the caller's {@code with:} values, already evaluated (typed: strings, numbers, booleans)
 * @param shownName what {@code github.event_name} shows: the caller's event (a called workflow sees the event that
 *                  started its caller), or {@code workflow_call} for a workflow run on its own
 */
public record WorkflowCall(Map<String, Value> inputs, Revision revision, String actor, Value.Obj payload,
                           String shownName) implements Event {

    /** A reusable workflow run on its own: {@code github.event_name} is {@code workflow_call}. */
    public WorkflowCall(Map<String, Value> inputs, Revision revision, String actor, Value.Obj payload) {
        this(inputs, revision, actor, payload, "workflow_call");
    }

    /** The call a job of a run of {@code caller} makes: same commit, actor and payload, with these inputs. */
    public static WorkflowCall from(Event caller, Map<String, Value> inputs) {
        String shown = caller instanceof WorkflowCall call ? call.shownName() : caller.name();
        return new WorkflowCall(inputs, caller.revision(), caller.actor(), caller.payload(), shown);
    }

    public WorkflowCall {
        Objects.requireNonNull(shownName, "shownName");
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
