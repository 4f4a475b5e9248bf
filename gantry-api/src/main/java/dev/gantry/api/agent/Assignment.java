package dev.gantry.api.agent;

import java.util.Objects;

/**
 * A job handed to an agent: the job's id, the fencing token every report about it must carry, how long the lease
 * lasts without a heartbeat, and everything needed to run it.
 */
public record Assignment(long jobId, long fencingToken, int leaseSeconds, JobSpec spec) {

    public Assignment {
        Objects.requireNonNull(spec, "spec");
    }
}
