package dev.gantry.server.store;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.store.Ids.JobId;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The persistent job queue. A job enters it when the scheduler starts it; an agent claims the oldest waiting
 * job whose {@code runs-on} labels it all serves, and holds it under a {@link Lease} that it renews by heartbeat.
 *
 * <p>Claims are atomic: a claim is a conditional update of a waiting job, so when agents race for the same job
 * exactly one wins, and the others move on to the next job. Every claim draws a fencing token from a database
 * sequence, greater than all tokens before it. Thread-safe; each method is one transaction.
 */
public final class JobQueue {

    /** How many waiting jobs one claim considers per query; a race lost on all of them re-queries. */
    private static final int CANDIDATES = 16;
    /** How many lost races one claim tolerates before it reports nothing to take (the agent asks again). */
    private static final int ROUNDS = 64;

    private final Database db;

    public JobQueue(Database db) {
        this.db = db;
    }

    /** The outcome of {@link #enqueue}. */
    public sealed interface Entry {
        record Enqueued(Job job) implements Entry {}

        /** The job is already waiting, held by an agent, or completed; nothing changed. */
        record NotQueued(Job job) implements Entry {}

        record NotFound() implements Entry {}
    }

    /** The outcome of renewing or giving back a lease. */
    public sealed interface LeaseChange {
        record Renewed(Lease lease) implements LeaseChange {}

        record Released(Job job) implements LeaseChange {}

        /** The token no longer holds the job: the lease expired and was taken back, or the job completed. */
        record Lost() implements LeaseChange {}
    }

    /** What becomes of a job whose lease is revoked. */
    public sealed interface Revocation {
        /** Back to the queue, in its old place, for another agent. */
        record Requeue() implements Revocation {}

        /** Completed as failed with this reason (e.g. "agent lost"). */
        record Fail(String reason) implements Revocation {}
    }

    /** A job taken from its holder: the lease it had, and the job as it is now. */
    public record Revoked(Lease lease, Job job) {}

    /** A claimed job and the lease under which the agent holds it. */
    public record Claim(Job job, Lease lease) {}

    /** Puts a queued job in the queue, behind every job already waiting. */
    public Entry enqueue(JobId id) {
        return db.transaction(tx -> {
            Optional<Job> job = JobRows.find(tx, id);
            if (job.isEmpty()) {
                return new Entry.NotFound();
            }
            int changed = tx.update("UPDATE jobs SET queue_position = ?, queued_at = ? WHERE id = ? AND status = ? "
                            + "AND queue_position IS NULL AND agent_id IS NULL",
                    tx.nextValue("queue_positions"), db.now(), id.value(), Status.QUEUED.word());
            Job now = JobRows.find(tx, id).orElseThrow();
            return changed == 1 ? new Entry.Enqueued(now) : new Entry.NotQueued(now);
        });
    }

    /**
     * Takes the oldest waiting job that needs only labels in {@code labels}, for {@code agentId}, under a new
     * lease of {@code leaseFor}; the job becomes in progress. Empty when no such job waits. Never blocks for
     * another claim longer than the database's row lock.
     */
    public Optional<Claim> claim(String agentId, Set<String> labels, Duration leaseFor) {
        List<String> served = List.copyOf(labels);
        String notServed = served.isEmpty() ? ""
                : " AND l.label NOT IN (" + String.join(", ", Collections.nCopies(served.size(), "?")) + ")";
        String candidates = "SELECT j.id FROM jobs j WHERE j.queue_position IS NOT NULL AND j.agent_id IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM job_labels l WHERE l.job_id = j.id" + notServed + ") "
                + "ORDER BY j.queue_position LIMIT " + CANDIDATES;
        return db.transaction(tx -> {
            for (int round = 0; round < ROUNDS; round++) {
                List<Long> ids = tx.list(candidates, row -> row.longValue("id"), served.toArray());
                if (ids.isEmpty()) {
                    return Optional.empty();
                }
                for (long id : ids) {
                    Optional<Claim> claim = take(tx, new JobId(id), agentId, leaseFor);
                    if (claim.isPresent()) {
                        return claim;
                    }
                }
            }
            return Optional.empty();
        });
    }

    /** Extends a lease to {@code leaseFor} from now, if {@code fencingToken} still holds the job. */
    public LeaseChange renew(JobId id, long fencingToken, Duration leaseFor) {
        return db.transaction(tx -> {
            int changed = tx.update("UPDATE jobs SET lease_expires_at = ? WHERE id = ? AND agent_id IS NOT NULL "
                    + "AND fencing_token = ?", db.now().plus(leaseFor), id.value(), fencingToken);
            return changed == 0 ? new LeaseChange.Lost()
                    : new LeaseChange.Renewed(JobRows.find(tx, id).orElseThrow().lease().orElseThrow());
        });
    }

    /** Gives a held job back: it waits again in its old place, queued. */
    public LeaseChange release(JobId id, long fencingToken) {
        return db.transaction(tx -> requeue(tx, id, Optional.of(fencingToken))
                ? new LeaseChange.Released(JobRows.find(tx, id).orElseThrow())
                : new LeaseChange.Lost());
    }

    /** Revokes every lease that expired before now; each job is requeued or failed as {@code revocation} says. */
    public List<Revoked> expire(Revocation revocation) {
        return revoke("lease_expires_at < ?", db.now(), revocation);
    }

    /** Revokes every lease held by {@code agentId} (an agent that is gone, e.g. the built-in one after a restart). */
    public List<Revoked> revokeHeldBy(String agentId, Revocation revocation) {
        return revoke("agent_id = ?", agentId, revocation);
    }

    /** The jobs waiting for an agent, in the order they will be handed out (labels permitting). */
    public List<Job> waiting() {
        return db.transaction(tx -> tx.list("SELECT " + JobRows.COLUMNS + " FROM jobs WHERE queue_position IS NOT NULL "
                + "AND agent_id IS NULL ORDER BY queue_position", JobRows::read));
    }

    private Optional<Claim> take(Transaction tx, JobId id, String agentId, Duration leaseFor) throws SQLException {
        long token = tx.nextValue("fencing_tokens");
        Instant now = db.now();
        int changed = tx.update("UPDATE jobs SET agent_id = ?, fencing_token = ?, lease_expires_at = ?, status = ?, "
                        + "started_at = ? WHERE id = ? AND agent_id IS NULL AND queue_position IS NOT NULL",
                agentId, token, now.plus(leaseFor), Status.IN_PROGRESS.word(), now, id.value());
        if (changed == 0) {
            return Optional.empty();
        }
        StateChanges.record(tx, now, StateChange.Subject.JOB, id.value(), Status.IN_PROGRESS, Optional.empty());
        Job job = JobRows.find(tx, id).orElseThrow();
        return Optional.of(new Claim(job, job.lease().orElseThrow()));
    }

    private List<Revoked> revoke(String condition, Object argument, Revocation revocation) {
        return db.transaction(tx -> {
            List<Job> held = tx.list("SELECT " + JobRows.COLUMNS + " FROM jobs WHERE agent_id IS NOT NULL AND "
                    + condition + " ORDER BY id", JobRows::read, argument);
            List<Revoked> revoked = new ArrayList<>();
            for (Job job : held) {
                Lease lease = job.lease().orElseThrow();
                boolean done = switch (revocation) {
                    case Revocation.Requeue r -> requeue(tx, job.id(), Optional.of(lease.fencingToken()));
                    case Revocation.Fail f -> JobStore.conclude(tx, job.id(), Optional.of(lease.fencingToken()),
                            new Conclusion.Failure(f.reason()), Map.of(), db.now()) instanceof JobStore.Change.Changed;
                };
                if (done) {
                    revoked.add(new Revoked(lease, JobRows.find(tx, job.id()).orElseThrow()));
                }
            }
            return revoked;
        });
    }

    private boolean requeue(Transaction tx, JobId id, Optional<Long> fencingToken) throws SQLException {
        int changed = tx.update("UPDATE jobs SET agent_id = NULL, lease_expires_at = NULL, status = ?, started_at = NULL "
                        + "WHERE id = ? AND agent_id IS NOT NULL AND fencing_token = ? AND queue_position IS NOT NULL",
                Status.QUEUED.word(), id.value(), fencingToken.orElseThrow());
        if (changed == 1) {
            StateChanges.record(tx, db.now(), StateChange.Subject.JOB, id.value(), Status.QUEUED, Optional.empty());
        }
        return changed == 1;
    }
}
