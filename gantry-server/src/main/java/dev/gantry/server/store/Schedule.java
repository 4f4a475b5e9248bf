package dev.gantry.server.store;

import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Ids.ScheduleId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One {@code schedule:} cron entry of a workflow, with the time it last fired (empty: never). */
public record Schedule(ScheduleId id, RepositoryId repository, String workflowPath, String cron,
                       Optional<Instant> lastFiredAt) {

    public Schedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(workflowPath, "workflowPath");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(lastFiredAt, "lastFiredAt");
    }
}
