package dev.gantry.server.store;

import dev.gantry.server.store.Ids.JobId;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent's hold on a job until {@code expiresAt}. The fencing token is greater than every token handed out
 * before it, for any job; a report carrying an older token than the job's current one is refused, so a job
 * taken back from a lost agent cannot be changed by it.
 */
public record Lease(JobId job, String agentId, long fencingToken, Instant expiresAt) {

    public Lease {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
