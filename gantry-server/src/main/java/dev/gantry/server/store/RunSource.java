package dev.gantry.server.store;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run was started from: the workflow file's text at the run's commit, {@code GITHUB_REF}, the event payload
 * ({@code github.event}, JSON), a dispatch's inputs, the workflow's name (else its path), the run's title, who
 * started the current attempt, and why it was cancelled if it was.
 */
public record RunSource(String workflowText, String ref, String eventPayload, Map<String, String> inputs,
                        String workflowName, String title, String triggeringActor, Optional<String> cancelReason) {

    public RunSource {
        Objects.requireNonNull(workflowText, "workflowText");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(eventPayload, "eventPayload");
        inputs = Map.copyOf(inputs);
        Objects.requireNonNull(workflowName, "workflowName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(triggeringActor, "triggeringActor");
        Objects.requireNonNull(cancelReason, "cancelReason");
    }
}
