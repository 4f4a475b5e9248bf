package dev.gantry.server.store;

import java.time.Instant;
import java.util.Objects;

/** An API token as stored: its name and creation time. The token itself is never stored, only its SHA-256. */
public record ApiToken(long id, String name, Instant createdAt) {

    public ApiToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
