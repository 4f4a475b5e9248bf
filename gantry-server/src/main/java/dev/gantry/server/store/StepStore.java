package dev.gantry.server.store;

import dev.gantry.engine.exec.StepStatus;
import dev.gantry.server.store.Ids.JobId;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** The steps of jobs, as the agent running a job reports them. Thread-safe; each method is one transaction. */
public final class StepStore {

    private final Database db;

    public StepStore(Database db) {
        this.db = db;
    }

    /** Stores a step's latest state, replacing what was stored for that job and number; false for an unknown job. */
    public boolean record(Step step) {
        return db.transaction(tx -> {
            if (JobRows.find(tx, step.job()).isEmpty()) {
                return false;
            }
            Object conclusion = step.conclusion().map(StepStatus::word);
            int changed = tx.update("UPDATE steps SET name = ?, status = ?, conclusion = ?, started_at = ?, "
                            + "completed_at = ? WHERE job_id = ? AND number = ?", step.name(), step.status().word(),
                    conclusion, step.startedAt(), step.completedAt(), step.job().value(), step.number());
            if (changed == 0) {
                tx.update("INSERT INTO steps (job_id, number, name, status, conclusion, started_at, completed_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)", step.job().value(), step.number(), step.name(),
                        step.status().word(), conclusion, step.startedAt(), step.completedAt());
            }
            return true;
        });
    }

    /** The steps of a job, by number; empty for an unknown job. */
    public List<Step> of(JobId job) {
        return db.transaction(tx -> tx.list("SELECT job_id, number, name, status, conclusion, started_at, completed_at "
                + "FROM steps WHERE job_id = ? ORDER BY number", StepStore::read, job.value()));
    }

    private static Step read(Row row) throws SQLException {
        return new Step(new JobId(row.longValue("job_id")), row.intValue("number"), row.string("name"),
                Status.ofWord(row.string("status")),
                row.optionalString("conclusion").map(w -> StepStatus.valueOf(w.toUpperCase(Locale.ROOT))),
                row.optionalInstant("started_at"), row.optionalInstant("completed_at"));
    }
}
