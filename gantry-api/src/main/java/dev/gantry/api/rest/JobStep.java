package dev.gantry.api.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A step of a job: numbered from 1, GitHub's {@code status} and {@code conclusion} words. */
public record JobStep(int number, String name, String status, Optional<String> conclusion,
                      Optional<Instant> startedAt, Optional<Instant> completedAt) {

    public JobStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    /** @throws IllegalArgumentException naming a required field that is missing */
    public static JobStep of(JsonNode json) {
        return new JobStep((int) JsonFields.number(json, "number"), JsonFields.text(json, "name"),
                JsonFields.text(json, "status"), JsonFields.optionalText(json, "conclusion"),
                JsonFields.optionalTime(json, "started_at"), JsonFields.optionalTime(json, "completed_at"));
    }
}
