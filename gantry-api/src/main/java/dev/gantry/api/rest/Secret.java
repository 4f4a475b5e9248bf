package dev.gantry.api.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;

/** A repository secret as {@code GET …/actions/secrets} lists it, with that JSON: a name and times, never a value. */
public record Secret(String name, Instant createdAt, Instant updatedAt, JsonNode json) {

    public Secret {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(json, "json");
    }

    /** @throws IllegalArgumentException naming a required field that is missing */
    public static Secret of(JsonNode json) {
        return new Secret(JsonFields.text(json, "name"), JsonFields.time(json, "created_at"),
                JsonFields.time(json, "updated_at"), json);
    }
}
