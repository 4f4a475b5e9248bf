package dev.gantry.api.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A job of a run's attempt with its steps, as {@code GET …/runs/{id}/jobs} sends it, with that JSON. */
public record WorkflowJob(long id, long runId, int runAttempt, String name, String status,
                          Optional<String> conclusion, Optional<Instant> startedAt, Optional<Instant> completedAt,
                          List<String> labels, List<JobStep> steps, JsonNode json) {

    public WorkflowJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        labels = List.copyOf(labels);
        steps = List.copyOf(steps);
        Objects.requireNonNull(json, "json");
    }

    /** @throws IllegalArgumentException naming a required field that is missing */
    public static WorkflowJob of(JsonNode json) {
        List<JobStep> steps = new ArrayList<>();
        json.path("steps").forEach(step -> steps.add(JobStep.of(step)));
        return new WorkflowJob(JsonFields.number(json, "id"), JsonFields.number(json, "run_id"),
                (int) JsonFields.number(json, "run_attempt"), JsonFields.text(json, "name"),
                JsonFields.text(json, "status"), JsonFields.optionalText(json, "conclusion"),
                JsonFields.optionalTime(json, "started_at"), JsonFields.optionalTime(json, "completed_at"),
                JsonFields.texts(json, "labels"), steps, json);
    }

    public boolean completed() {
        return status.equals("completed");
    }

    /** Why the job ended as it did ({@code conclusion_reason}); empty for a success or a job still going. */
    public Optional<String> conclusionReason() {
        return JsonFields.optionalText(json(), "conclusion_reason").filter(r -> !r.isBlank());
    }
}
