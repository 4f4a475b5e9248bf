package dev.gantry.server.agent;

import dev.gantry.api.agent.Assignment;
import dev.gantry.api.agent.JobSpec;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.run.AgentJobs;
import dev.gantry.server.run.QueueSignal;
import dev.gantry.server.store.JobQueue;
import dev.gantry.server.store.JobStore;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hands queued jobs to waiting agents, push-style: read the queue signal's version, try a claim, and when there is
 * nothing to take wait for the signal to move past that version (or the wait to end), then try again. No polling
 * interval: a job queued while an agent waits is claimed as soon as the signal wakes it. A claimed job without a
 * spec is failed with a reason at once and the wait goes on. Thread-safe; blocks the calling (virtual) thread.
 */
final class Assigner {

    private final JobQueue queue;
    private final JobStore jobs;
    private final AgentJobs agentJobs;
    private final QueueSignal signal;
    private final Duration lease;

    Assigner(JobQueue queue, JobStore jobs, AgentJobs agentJobs, QueueSignal signal, Duration lease) {
        this.queue = queue;
        this.jobs = jobs;
        this.agentJobs = agentJobs;
        this.signal = signal;
        this.lease = lease;
    }

    /**
     * A job for agent {@code agentId} whose labels are all in {@code labels}, within {@code wait}; empty when none.
     *
     * @throws InterruptedException when the serving thread is interrupted (the server is stopping)
     */
    Optional<Assignment> next(String agentId, Set<String> labels, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long seen = signal.version();
            Optional<JobQueue.Claim> claim = queue.claim(agentId, labels, lease);
            if (claim.isPresent()) {
                Optional<Assignment> assignment = assign(claim.get());
                if (assignment.isPresent()) {
                    return assignment;
                }
                continue;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return Optional.empty();
            }
            signal.awaitAfter(seen, Duration.ofNanos(remaining));
        }
    }

    private Optional<Assignment> assign(JobQueue.Claim claim) {
        var id = claim.job().id();
        Optional<JobSpec> spec = agentJobs.spec(id);
        if (spec.isEmpty()) {
            String reason = "the server has no job spec for job \"" + claim.job().key() + "\" (id " + id.value()
                    + "), so no agent can run it";
            jobs.complete(id, claim.lease().fencingToken(), new Conclusion.Failure(reason), Map.of());
            agentJobs.completed(id);
            return Optional.empty();
        }
        return Optional.of(new Assignment(id.value(), claim.lease().fencingToken(), (int) lease.toSeconds(),
                spec.get()));
    }
}
