package dev.gantry.server.store;

import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Ids.ScheduleId;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cron schedules of workflows and when each last fired. Firing is recorded with compare-and-set on the last
 * fire time, so two threads or servers that see the same due time fire it once. Thread-safe; one transaction each.
 */
public final class ScheduleStore {

    private static final String COLUMNS = "id, repository_id, workflow_path, cron, last_fired_at";

    private final Database db;

    public ScheduleStore(Database db) {
        this.db = db;
    }

    /** The outcome of {@link #recordFire}. */
    public sealed interface Fire {
        record Recorded(Schedule schedule) implements Fire {}

        /** Someone recorded a fire first; the schedule as it is now. */
        record Conflict(Schedule schedule) implements Fire {}

        record NotFound() implements Fire {}
    }

    /**
     * Sets a workflow's cron entries to {@code crons}: entries that stay keep their last fire time, entries no
     * longer listed are removed, new ones have never fired. False for an unknown repository.
     */
    public boolean declare(RepositoryId repository, String workflowPath, List<String> crons) {
        return db.transaction(tx -> {
            if (tx.first("SELECT id FROM repositories WHERE id = ?", row -> row.longValue("id"),
                    repository.value()).isEmpty()) {
                return false;
            }
            for (Schedule existing : of(tx, repository, workflowPath)) {
                if (!crons.contains(existing.cron())) {
                    tx.update("DELETE FROM schedules WHERE id = ?", existing.id().value());
                }
            }
            for (String cron : crons.stream().distinct().toList()) {
                tx.insertUnlessDuplicate("INSERT INTO schedules (repository_id, workflow_path, cron) VALUES (?, ?, ?)",
                        repository.value(), workflowPath, cron);
            }
            return true;
        });
    }

    /** Every schedule, by repository, workflow and cron. */
    public List<Schedule> list() {
        return db.transaction(tx -> tx.list("SELECT " + COLUMNS + " FROM schedules ORDER BY repository_id, "
                + "workflow_path, cron", ScheduleStore::read));
    }

    /** Records that a schedule fired at {@code firedAt}, if its last fire time is still {@code expectedLast}. */
    public Fire recordFire(ScheduleId id, Optional<Instant> expectedLast, Instant firedAt) {
        return db.transaction(tx -> {
            String last = expectedLast.isPresent() ? "last_fired_at = ?" : "last_fired_at IS NULL";
            Object[] args = expectedLast.isPresent()
                    ? new Object[] {firedAt, id.value(), expectedLast.get()}
                    : new Object[] {firedAt, id.value()};
            int changed = tx.update("UPDATE schedules SET last_fired_at = ? WHERE id = ? AND " + last, args);
            Optional<Schedule> now = tx.first("SELECT " + COLUMNS + " FROM schedules WHERE id = ?",
                    ScheduleStore::read, id.value());
            if (now.isEmpty()) {
                return new Fire.NotFound();
            }
            return changed == 1 ? new Fire.Recorded(now.get()) : new Fire.Conflict(now.get());
        });
    }

    private static List<Schedule> of(Transaction tx, RepositoryId repository, String workflowPath) throws SQLException {
        return tx.list("SELECT " + COLUMNS + " FROM schedules WHERE repository_id = ? AND workflow_path = ?",
                ScheduleStore::read, repository.value(), workflowPath);
    }

    private static Schedule read(Row row) throws SQLException {
        return new Schedule(new ScheduleId(row.longValue("id")), new RepositoryId(row.longValue("repository_id")),
                row.string("workflow_path"), row.string("cron"), row.optionalInstant("last_fired_at"));
    }
}
