package dev.gantry.server.store;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.store.Ids.JobId;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jobs and their conclusions. Thread-safe; each method is one transaction, committed before it returns, that
 * also writes the state-change log. Taking, renewing and giving back jobs is the {@link JobQueue}'s.
 */
public final class JobStore {

    private final Database db;

    public JobStore(Database db) {
        this.db = db;
    }

    /** The outcome of concluding a job. */
    public sealed interface Change {
        record Changed(Job job) implements Change {}

        record NotFound() implements Change {}

        /** The job had already completed; it keeps its first conclusion. */
        record AlreadyCompleted(Job job) implements Change {}

        /** The report carried a fencing token that no longer holds the job (it expired or was taken back). */
        record StaleLease(Job job) implements Change {}
    }

    public Optional<Job> find(JobId id) {
        return db.transaction(tx -> JobRows.find(tx, id));
    }

    /**
     * Completes a job on the report of the agent holding it: only while the lease with {@code fencingToken}
     * is the job's current one. Ends the lease, stores the outputs.
     */
    public Change complete(JobId id, long fencingToken, Conclusion conclusion, Map<String, String> outputs) {
        return db.transaction(tx -> conclude(tx, id, Optional.of(fencingToken), conclusion, outputs));
    }

    /**
     * Completes a job on the server's own decision (skipped, cancelled, its agent lost), whoever holds it:
     * any lease ends and the job leaves the queue.
     */
    public Change conclude(JobId id, Conclusion conclusion) {
        return db.transaction(tx -> conclude(tx, id, Optional.empty(), conclusion, Map.of()));
    }

    static Change conclude(Transaction tx, JobId id, Optional<Long> fencingToken, Conclusion conclusion,
                           Map<String, String> outputs, Instant now) throws SQLException {
        String fence = fencingToken.isPresent() ? " AND agent_id IS NOT NULL AND fencing_token = ?" : "";
        List<Object> args = new ArrayList<>(List.of(Status.COMPLETED.word(), conclusion.result(),
                reason(conclusion), JobRows.outputs(outputs), now, id.value(), Status.COMPLETED.word()));
        fencingToken.ifPresent(args::add);
        int changed = tx.update("UPDATE jobs SET status = ?, conclusion = ?, conclusion_reason = ?, outputs = ?, "
                + "completed_at = ?, queue_position = NULL, agent_id = NULL, lease_expires_at = NULL "
                + "WHERE id = ? AND status <> ?" + fence, args.toArray());
        Optional<Job> job = JobRows.find(tx, id);
        if (job.isEmpty()) {
            return new Change.NotFound();
        }
        if (changed == 1) {
            StateChanges.record(tx, now, StateChange.Subject.JOB, id.value(), Status.COMPLETED, Optional.of(conclusion));
            return new Change.Changed(job.get());
        }
        return job.get().status() == Status.COMPLETED
                ? new Change.AlreadyCompleted(job.get())
                : new Change.StaleLease(job.get());
    }

    private Change conclude(Transaction tx, JobId id, Optional<Long> fencingToken, Conclusion conclusion,
                            Map<String, String> outputs) throws SQLException {
        return conclude(tx, id, fencingToken, conclusion, outputs, db.now());
    }

    private static Optional<String> reason(Conclusion conclusion) {
        return Columns.conclusionReason(Optional.of(conclusion));
    }
}
