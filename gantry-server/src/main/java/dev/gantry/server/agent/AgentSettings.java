package dev.gantry.server.agent;

import dev.gantry.server.store.JobQueue.Revocation;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server treats remote agents.
 *
 * @param lease         how long a job stays held without a heartbeat (agents beat every {@link #HEARTBEAT})
 * @param maxWait       the longest a long poll for work waits
 * @param reaperEvery   how often expired leases are looked for
 * @param lostAgent     what becomes of a job whose agent was lost: failed with a reason, or queued again
 * @param tokenValidity how long a registration token can be used
 * @param onlineWithin  an agent seen within this long is listed as online
 */
public record AgentSettings(Duration lease, Duration maxWait, Duration reaperEvery, Revocation lostAgent,
                            Duration tokenValidity, Duration onlineWithin) {

    /** How often agents send heartbeats (they are told the lease; this is what Gantry's agent does). */
    public static final Duration HEARTBEAT = Duration.ofSeconds(5);

    public AgentSettings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(reaperEvery, "reaperEvery");
        Objects.requireNonNull(lostAgent, "lostAgent");
        Objects.requireNonNull(tokenValidity, "tokenValidity");
        Objects.requireNonNull(onlineWithin, "onlineWithin");
    }

    /** A lease of 30 s, long polls of up to 30 s, a reaper every 2 s, lost agents' jobs failed, tokens for 1 h. */
    public static AgentSettings defaults() {
        return withLease(Duration.ofSeconds(30));
    }

    /** The defaults with another lease (tests use a short one); lost agents' jobs fail naming the lease. */
    public static AgentSettings withLease(Duration lease) {
        return new AgentSettings(lease, Duration.ofSeconds(30), Duration.ofSeconds(2), lostReason(lease),
                Duration.ofHours(1), Duration.ofSeconds(60));
    }

    /** The same settings, with lost agents' jobs queued again for another agent instead of failed. */
    public AgentSettings requeueLostJobs() {
        return new AgentSettings(lease, maxWait, reaperEvery, new Revocation.Requeue(), tokenValidity, onlineWithin);
    }

    private static Revocation lostReason(Duration lease) {
        return new Revocation.Fail("the agent running it was lost: no heartbeat for " + lease.toSeconds() + " s");
    }
}
