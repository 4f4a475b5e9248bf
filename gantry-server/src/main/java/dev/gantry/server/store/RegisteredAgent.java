package dev.gantry.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A remote agent as stored: its id (the holder id of the jobs it takes from the {@link JobQueue}), name, the
 * {@code runs-on} labels it registered with, how many jobs it runs at once, and when it was last heard from.
 */
public record RegisteredAgent(String id, String name, List<String> labels, int capacity, Instant registeredAt,
                              Instant lastSeenAt) {

    public RegisteredAgent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }
}
