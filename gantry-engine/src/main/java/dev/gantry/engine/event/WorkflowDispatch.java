package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A manual {@code workflow_dispatch}.
 *
 * @param inputs the inputs as given, by name, all strings (as in {@code github.event.inputs}); typing them by
 *               their declared types and adding defaults is the context package's job
 */
public record WorkflowDispatch(Map<String, String> inputs, Revision revision, String actor, Value.Obj payload)
        implements Event {

    public WorkflowDispatch {
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public String name() {
        return "workflow_dispatch";
    }

    @Override
    public Optional<String> action() {
        return Optional.empty();
    }

    /**
     * This event with {@code inputs} as its inputs, in the payload too: GitHub's {@code github.event.inputs} holds
     * every input of the workflow, defaults included, as strings.
     */
    public WorkflowDispatch withInputs(Map<String, String> resolved) {
        Map<String, Value> strings = new LinkedHashMap<>();
        resolved.forEach((k, v) -> strings.put(k, new Value.Str(v)));
        return new WorkflowDispatch(resolved, revision, actor, Payload.with(payload, "inputs", new Value.Obj(strings)));
    }
}
