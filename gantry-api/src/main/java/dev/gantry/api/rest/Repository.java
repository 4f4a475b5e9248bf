package dev.gantry.api.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A repository the server builds, as {@code GET /api/v1/repos} sends it, with that JSON: hosted by the server, or
 * fetched from its {@code mirrorUrl}.
 */
public record Repository(long id, String fullName, String defaultBranch, Optional<String> mirrorUrl,
                         Instant createdAt, JsonNode json) {

    public Repository {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(defaultBranch, "defaultBranch");
        Objects.requireNonNull(mirrorUrl, "mirrorUrl");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(json, "json");
    }

    /** @throws IllegalArgumentException naming a required field that is missing */
    public static Repository of(JsonNode json) {
        return new Repository(JsonFields.number(json, "id"), JsonFields.text(json, "full_name"),
                JsonFields.text(json, "default_branch"), JsonFields.optionalText(json, "mirror_url"),
                JsonFields.time(json, "created_at"), json);
    }
}
