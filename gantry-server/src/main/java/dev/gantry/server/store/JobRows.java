package dev.gantry.server.store;

import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Ids.RunId;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reading and writing job rows, shared by the run store, the job store and the queue. */
final class JobRows {

    static final String COLUMNS = "id, run_id, run_attempt, job_key, name, status, conclusion, conclusion_reason, "
            + "needs, runs_on, outputs, created_at, queued_at, started_at, completed_at, agent_id, fencing_token, "
            + "lease_expires_at";

    private JobRows() {}

    static Job insert(Transaction tx, RunId run, int attempt, NewRun.Job job, Instant now) throws SQLException {
        long id = tx.insert("INSERT INTO jobs (run_id, run_attempt, job_key, name, status, needs, runs_on, outputs, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                run.value(), attempt, job.key(), job.name(), Status.QUEUED.word(), Columns.json(job.needs()),
                Columns.json(job.runsOn()), "{}", now);
        for (String label : job.runsOn().stream().distinct().toList()) {
            tx.update("INSERT INTO job_labels (job_id, label) VALUES (?, ?)", id, label);
        }
        StateChanges.record(tx, now, StateChange.Subject.JOB, id, Status.QUEUED, Optional.empty());
        return find(tx, new JobId(id)).orElseThrow();
    }

    static Optional<Job> find(Transaction tx, JobId id) throws SQLException {
        return tx.first("SELECT " + COLUMNS + " FROM jobs WHERE id = ?", JobRows::read, id.value());
    }

    static List<Job> ofRun(Transaction tx, RunId run, int attempt) throws SQLException {
        return tx.list("SELECT " + COLUMNS + " FROM jobs WHERE run_id = ? AND run_attempt = ? ORDER BY id",
                JobRows::read, run.value(), attempt);
    }

    static Job read(Row row) throws SQLException {
        JobId id = new JobId(row.longValue("id"));
        Optional<String> agent = row.optionalString("agent_id");
        Optional<Lease> lease = agent.isEmpty() ? Optional.empty() : Optional.of(new Lease(id, agent.get(),
                row.longValue("fencing_token"), row.instant("lease_expires_at")));
        return new Job(id, new RunId(row.longValue("run_id")), row.intValue("run_attempt"), row.string("job_key"),
                row.string("name"), Status.ofWord(row.string("status")), Columns.conclusion(row),
                Columns.stringList(row, "needs"), Columns.stringList(row, "runs_on"),
                Columns.stringMap(row, "outputs"), row.instant("created_at"), row.optionalInstant("queued_at"),
                row.optionalInstant("started_at"), row.optionalInstant("completed_at"), lease);
    }

    /** A job's outputs as stored: a JSON object, keys sorted. */
    static String outputs(Map<String, String> outputs) {
        return Columns.json(new TreeMap<>(outputs));
    }
}
