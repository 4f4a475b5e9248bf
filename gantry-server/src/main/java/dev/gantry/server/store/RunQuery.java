package dev.gantry.server.store;

import dev.gantry.server.store.Ids.RepositoryId;

import java.util.Objects;
import java.util.Optional;

/** Which runs to list, newest first: optionally of one repository, optionally in one status, at most {@code limit}. */
public record RunQuery(Optional<RepositoryId> repository, Optional<Status> status, int limit) {

    public RunQuery {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(status, "status");
        if (limit < 1) {
            throw new IllegalArgumentException("a run listing needs a limit of at least 1, not " + limit);
        }
    }

    public static RunQuery latest(int limit) {
        return new RunQuery(Optional.empty(), Optional.empty(), limit);
    }
}
