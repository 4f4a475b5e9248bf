package dev.gantry.server.store;

import dev.gantry.server.store.Ids.RepositoryId;

import java.util.Objects;
import java.util.Optional;

/**
 * Which runs to list, newest first: optionally of one repository, in one status, with one conclusion, of one head
 * branch, event, actor or head commit; skipping {@code offset} runs and returning at most {@code limit}. Every
 * filter is applied by the database.
 */
public record RunQuery(Optional<RepositoryId> repository, Optional<Status> status, Optional<String> conclusion,
                       Optional<String> branch, Optional<String> event, Optional<String> actor,
                       Optional<String> headSha, long offset, int limit) {

    public RunQuery {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(headSha, "headSha");
        if (offset < 0) {
            throw new IllegalArgumentException("a run listing cannot start before its first run, not at " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("a run listing needs a limit of at least 1, not " + limit);
        }
    }

    /** Runs of one repository (or all) in one status (or any), the newest {@code limit}. */
    public RunQuery(Optional<RepositoryId> repository, Optional<Status> status, int limit) {
        this(repository, status, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, limit);
    }

    public static RunQuery latest(int limit) {
        return new RunQuery(Optional.empty(), Optional.empty(), limit);
    }
}
