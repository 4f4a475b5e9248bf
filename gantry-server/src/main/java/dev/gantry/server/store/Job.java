package dev.gantry.server.store;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Ids.RunId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored job of one attempt of a run. {@code queuedAt} is set when the job entered the queue; {@code lease} is
 * present while an agent holds the job.
 */
public record Job(JobId id, RunId run, int runAttempt, String key, String name, Status status,
                  Optional<Conclusion> conclusion, List<String> needs, List<String> runsOn,
                  Map<String, String> outputs, Instant createdAt, Optional<Instant> queuedAt,
                  Optional<Instant> startedAt, Optional<Instant> completedAt, Optional<Lease> lease) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(conclusion, "conclusion");
        needs = List.copyOf(needs);
        runsOn = List.copyOf(runsOn);
        outputs = Map.copyOf(outputs);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(lease, "lease");
    }
}
