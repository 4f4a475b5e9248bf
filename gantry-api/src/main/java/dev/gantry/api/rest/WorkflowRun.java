package dev.gantry.api.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow run as the server sends it in {@code workflow_runs}, with that JSON: GitHub's fields, and
 * {@code repository} as {@code OWNER/NAME}. {@code diagnostics} are the problems of a workflow that could not run.
 */
public record WorkflowRun(long id, String name, String path, Optional<String> headBranch, String headSha,
                          long runNumber, int runAttempt, String event, String status, Optional<String> conclusion,
                          String actor, Instant createdAt, Optional<Instant> runStartedAt,
                          Optional<Instant> completedAt, List<String> diagnostics, String repository,
                          JsonNode json) {

    public WorkflowRun {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(headBranch, "headBranch");
        Objects.requireNonNull(headSha, "headSha");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(runStartedAt, "runStartedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(json, "json");
    }

    /** @throws IllegalArgumentException naming a required field that is missing */
    public static WorkflowRun of(JsonNode json) {
        return new WorkflowRun(JsonFields.number(json, "id"), JsonFields.text(json, "name"),
                JsonFields.text(json, "path"), JsonFields.optionalText(json, "head_branch"),
                JsonFields.text(json, "head_sha"), JsonFields.number(json, "run_number"),
                (int) JsonFields.number(json, "run_attempt"), JsonFields.text(json, "event"),
                JsonFields.text(json, "status"), JsonFields.optionalText(json, "conclusion"),
                JsonFields.login(json, "actor"), JsonFields.time(json, "created_at"),
                JsonFields.optionalTime(json, "run_started_at"), JsonFields.optionalTime(json, "completed_at"),
                JsonFields.texts(json, "diagnostics"),
                JsonFields.optionalText(json.path("repository"), "full_name").orElse(""), json);
    }

    public boolean completed() {
        return status.equals("completed");
    }

    /** {@code display_title}: the run's {@code run-name}, a push's commit subject, else the workflow's name. */
    public String title() {
        return JsonFields.optionalText(json, "display_title").filter(t -> !t.isBlank()).orElse(name);
    }

    /** The workflow's file name: {@code ci.yml} for {@code .github/workflows/ci.yml}. */
    public String workflowFile() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
