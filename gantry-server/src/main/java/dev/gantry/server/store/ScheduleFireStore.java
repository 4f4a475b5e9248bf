package dev.gantry.server.store;

import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Ids.ScheduleId;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When schedule entries are due, and their fires in flight. A fire is first recorded as intended: in one
 * transaction the entry's last fire time moves to the due time (compare-and-set, so it is taken once) and a
 * {@code schedule_fires} row is written; once the fire's runs are stored the row is deleted. A row that outlives a
 * crash is a fire whose runs may or may not exist: {@link #runsSince} tells. Thread-safe; one transaction each.
 */
public final class ScheduleFireStore {

    private static final String ENTRY = "s.id, s.repository_id, s.workflow_path, s.cron, s.last_fired_at";

    private final Database db;

    public ScheduleFireStore(Database db) {
        this.db = db;
    }

    /**
     * A schedule entry and the instant its next fire times are counted from: its last fire, else when it was
     * declared; empty while it is being declared.
     */
    public record Timed(Schedule schedule, Optional<Instant> countedFrom) {
        public Timed {
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(countedFrom, "countedFrom");
        }
    }

    /** A fire recorded as intended at {@code intendedAt} for the due time {@code dueAt}, not known to be done. */
    public record PendingFire(Schedule schedule, Instant dueAt, Instant intendedAt) {
        public PendingFire {
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(intendedAt, "intendedAt");
        }
    }

    /** The outcome of {@link #intend}. */
    public sealed interface Intent {
        record Intended(PendingFire fire) implements Intent {}

        /** The entry's last fire time is no longer the one expected: someone else took this due time. */
        record Taken() implements Intent {}

        /** The entry is gone (its workflow no longer has the cron). */
        record NotFound() implements Intent {}
    }

    /** Stamps the entries of {@code repository} that have no declaration time with now. */
    public void markDeclared(RepositoryId repository) {
        db.transaction(tx -> tx.update("UPDATE schedules SET declared_at = ? WHERE repository_id = ? "
                + "AND declared_at IS NULL", db.now(), repository.value()));
    }

    /** Every entry with the instant it counts from, by id. */
    public List<Timed> timed() {
        return db.transaction(tx -> tx.list("SELECT " + ENTRY + ", s.declared_at FROM schedules s ORDER BY s.id",
                ScheduleFireStore::timed));
    }

    /** Records the fire of {@code id} at {@code dueAt}, if its last fire time is still {@code expectedLast}. */
    public Intent intend(ScheduleId id, Optional<Instant> expectedLast, Instant dueAt) {
        return db.transaction(tx -> {
            String last = expectedLast.isPresent() ? "last_fired_at = ?" : "last_fired_at IS NULL";
            Object[] args = expectedLast.isPresent()
                    ? new Object[] {dueAt, id.value(), expectedLast.get()}
                    : new Object[] {dueAt, id.value()};
            if (tx.update("UPDATE schedules SET last_fired_at = ? WHERE id = ? AND " + last, args) == 0) {
                boolean exists = tx.first("SELECT id FROM schedules WHERE id = ?", row -> row.longValue("id"),
                        id.value()).isPresent();
                return exists ? new Intent.Taken() : new Intent.NotFound();
            }
            Instant now = db.now();
            tx.update("INSERT INTO schedule_fires (schedule_id, due_at, intended_at) VALUES (?, ?, ?)",
                    id.value(), dueAt, now);
            Schedule schedule = tx.first("SELECT " + ENTRY + " FROM schedules s WHERE s.id = ?",
                    ScheduleFireStore::read, id.value()).orElseThrow();
            return new Intent.Intended(new PendingFire(schedule, dueAt, now));
        });
    }

    /** The fires recorded as intended and not yet done, oldest first. */
    public List<PendingFire> pending() {
        return db.transaction(tx -> tx.list("SELECT " + ENTRY + ", f.due_at, f.intended_at FROM schedule_fires f "
                        + "JOIN schedules s ON s.id = f.schedule_id ORDER BY f.intended_at, s.id",
                row -> new PendingFire(read(row), row.instant("due_at"), row.instant("intended_at"))));
    }

    /** Forgets a fire whose runs are stored. Idempotent. */
    public void done(PendingFire fire) {
        db.transaction(tx -> tx.update("DELETE FROM schedule_fires WHERE schedule_id = ? AND due_at = ?",
                fire.schedule().id().value(), fire.dueAt()));
    }

    /** The runs of {@code workflowPath} in {@code repository} started by a schedule event since {@code since}. */
    public List<RunId> runsSince(RepositoryId repository, String workflowPath, Instant since) {
        return db.transaction(tx -> tx.list("SELECT id FROM runs WHERE repository_id = ? AND workflow_path = ? "
                        + "AND event = 'schedule' AND created_at >= ? ORDER BY id",
                row -> new RunId(row.longValue("id")), repository.value(), workflowPath, since));
    }

    private static Schedule read(Row row) throws SQLException {
        return new Schedule(new ScheduleId(row.longValue("id")), new RepositoryId(row.longValue("repository_id")),
                row.string("workflow_path"), row.string("cron"), row.optionalInstant("last_fired_at"));
    }

    private static Timed timed(Row row) throws SQLException {
        Schedule schedule = read(row);
        Optional<Instant> declared = row.optionalInstant("declared_at");
        return new Timed(schedule, schedule.lastFiredAt().or(() -> declared));
    }
}
