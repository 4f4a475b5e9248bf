package dev.gantry.server.store;

import java.time.Instant;
import java.util.Objects;

/** What may be shown of a stored secret: its name and when it was created and last set. Never its value. */
public record SecretEntry(String name, Instant createdAt, Instant updatedAt) {

    public SecretEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
