package dev.gantry.server.store;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.store.Ids.RunId;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Workflow runs and the creation of their jobs. Thread-safe; each method is one transaction, committed before
 * it returns, and every status change is written to the state-change log in that transaction.
 */
public final class RunStore {

    private static final String COLUMNS = "id, repository_id, workflow_path, run_number, run_attempt, event, "
            + "head_sha, head_branch, actor, status, conclusion, conclusion_reason, diagnostics, created_at, "
            + "updated_at, started_at, completed_at";
    private static final int NUMBERING_TRIES = 20;

    private final Database db;

    public RunStore(Database db) {
        this.db = db;
    }

    /** The outcome of creating or re-running a run. */
    public sealed interface Creation {
        /** The run (queued, or completed for a run that could not start) and its jobs, all queued. */
        record Created(Run run, List<Job> jobs) implements Creation {}

        record UnknownRun() implements Creation {}

        record UnknownRepository() implements Creation {}

        /** A re-run was asked for a run that has not completed. */
        record NotCompleted(Run run) implements Creation {}
    }

    /** The outcome of a status change of a run. */
    public sealed interface Change {
        record Changed(Run run) implements Change {}

        record NotFound() implements Change {}

        record AlreadyCompleted(Run run) implements Change {}
    }

    /**
     * Creates a queued run, numbered after the workflow's last run, with its jobs (queued, not yet in the job
     * queue), in one transaction.
     */
    public Creation create(NewRun run, List<NewRun.Job> jobs) {
        return db.transaction(tx -> {
            Optional<Run> created = insert(tx, run, List.of(), Optional.empty());
            if (created.isEmpty()) {
                return new Creation.UnknownRepository();
            }
            List<Job> stored = new ArrayList<>();
            for (NewRun.Job job : jobs) {
                stored.add(JobRows.insert(tx, created.get().id(), 1, job, db.now()));
            }
            return new Creation.Created(created.get(), stored);
        });
    }

    /**
     * Creates a run that is completed from the start, with no jobs: a workflow that could not run (invalid,
     * unreadable), with its rendered diagnostics.
     */
    public Creation createConcluded(NewRun run, Conclusion conclusion, List<String> diagnostics) {
        return db.transaction(tx -> insert(tx, run, diagnostics, Optional.of(conclusion))
                .<Creation>map(r -> new Creation.Created(r, List.of()))
                .orElseGet(Creation.UnknownRepository::new));
    }

    /**
     * Starts the next attempt of a completed run: its attempt number goes up, it is queued again, and it gets
     * the given jobs under the new attempt (the earlier attempts' jobs are kept).
     */
    public Creation rerun(RunId id, List<NewRun.Job> jobs) {
        return db.transaction(tx -> {
            Optional<Run> run = find(tx, id);
            if (run.isEmpty()) {
                return new Creation.UnknownRun();
            }
            if (run.get().status() != Status.COMPLETED) {
                return new Creation.NotCompleted(run.get());
            }
            Instant now = db.now();
            int attempt = run.get().runAttempt() + 1;
            tx.update("UPDATE runs SET run_attempt = ?, status = ?, conclusion = NULL, conclusion_reason = NULL, "
                    + "updated_at = ?, started_at = NULL, completed_at = NULL WHERE id = ?",
                    attempt, Status.QUEUED.word(), now, id.value());
            StateChanges.record(tx, now, StateChange.Subject.RUN, id.value(), Status.QUEUED, Optional.empty());
            List<Job> stored = new ArrayList<>();
            for (NewRun.Job job : jobs) {
                stored.add(JobRows.insert(tx, id, attempt, job, now));
            }
            return new Creation.Created(find(tx, id).orElseThrow(), stored);
        });
    }

    public Optional<Run> find(RunId id) {
        return db.transaction(tx -> find(tx, id));
    }

    /** The runs the query selects, newest first, from its offset, at most its limit. */
    public List<Run> list(RunQuery query) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM runs" + where(query, args) + " ORDER BY id DESC LIMIT ? OFFSET ?";
        args.add(query.limit());
        args.add(query.offset());
        return db.transaction(tx -> tx.list(sql, RunStore::read, args.toArray()));
    }

    /** How many runs the query's filters select, whatever its offset and limit. */
    public long count(RunQuery query) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT COUNT(*) AS n FROM runs" + where(query, args);
        return db.transaction(tx -> tx.first(sql, row -> row.longValue("n"), args.toArray()).orElse(0L));
    }

    /** The workflow files that have runs in a repository, by path. */
    public List<String> workflowPaths(Ids.RepositoryId repository) {
        return db.transaction(tx -> tx.list("SELECT DISTINCT workflow_path FROM runs WHERE repository_id = ? "
                + "ORDER BY workflow_path", row -> row.string("workflow_path"), repository.value()));
    }

    private static String where(RunQuery query, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        query.repository().ifPresent(r -> condition(sql, args, "repository_id", r.value()));
        query.status().ifPresent(s -> condition(sql, args, "status", s.word()));
        query.conclusion().ifPresent(c -> condition(sql, args, "conclusion", c));
        query.branch().ifPresent(b -> condition(sql, args, "head_branch", b));
        query.event().ifPresent(e -> condition(sql, args, "event", e));
        query.actor().ifPresent(a -> condition(sql, args, "actor", a));
        query.headSha().ifPresent(h -> condition(sql, args, "head_sha", h));
        return sql.toString();
    }

    private static void condition(StringBuilder sql, List<Object> args, String column, Object value) {
        sql.append(" AND ").append(column).append(" = ?");
        args.add(value);
    }

    /** The jobs of the run's current attempt, in creation order; empty for an unknown run. */
    public List<Job> jobs(RunId id) {
        return db.transaction(tx -> {
            Optional<Run> run = find(tx, id);
            return run.isEmpty() ? List.of() : JobRows.ofRun(tx, id, run.get().runAttempt());
        });
    }

    /** Marks a queued run in progress (a no-op for a run already in progress). */
    public Change start(RunId id) {
        return db.transaction(tx -> {
            Optional<Run> run = find(tx, id);
            if (run.isEmpty()) {
                return new Change.NotFound();
            }
            return switch (run.get().status()) {
                case COMPLETED -> new Change.AlreadyCompleted(run.get());
                case IN_PROGRESS -> new Change.Changed(run.get());
                case QUEUED -> {
                    Instant now = db.now();
                    tx.update("UPDATE runs SET status = ?, started_at = ?, updated_at = ? WHERE id = ? AND status = ?",
                            Status.IN_PROGRESS.word(), now, now, id.value(), Status.QUEUED.word());
                    StateChanges.record(tx, now, StateChange.Subject.RUN, id.value(), Status.IN_PROGRESS, Optional.empty());
                    yield new Change.Changed(find(tx, id).orElseThrow());
                }
            };
        });
    }

    /** Completes a run with its conclusion; a completed run keeps its first conclusion. */
    public Change complete(RunId id, Conclusion conclusion) {
        return db.transaction(tx -> {
            Instant now = db.now();
            int changed = tx.update("UPDATE runs SET status = ?, conclusion = ?, conclusion_reason = ?, "
                            + "completed_at = ?, updated_at = ? WHERE id = ? AND status <> ?",
                    Status.COMPLETED.word(), Columns.conclusionWord(Optional.of(conclusion)),
                    Columns.conclusionReason(Optional.of(conclusion)), now, now, id.value(), Status.COMPLETED.word());
            Optional<Run> run = find(tx, id);
            if (run.isEmpty()) {
                return new Change.NotFound();
            }
            if (changed == 0) {
                return new Change.AlreadyCompleted(run.get());
            }
            StateChanges.record(tx, now, StateChange.Subject.RUN, id.value(), Status.COMPLETED, Optional.of(conclusion));
            return new Change.Changed(run.get());
        });
    }

    /** Inserts a run inside the caller's transaction (for stores that write more with it). */
    Creation insertCreated(Transaction tx, NewRun run, List<String> diagnostics, Optional<Conclusion> concluded)
            throws SQLException {
        return insert(tx, run, diagnostics, concluded).<Creation>map(r -> new Creation.Created(r, List.of()))
                .orElseGet(Creation.UnknownRepository::new);
    }

    private Optional<Run> insert(Transaction tx, NewRun run, List<String> diagnostics,
                                 Optional<Conclusion> concluded) throws SQLException {
        if (tx.first("SELECT id FROM repositories WHERE id = ?", row -> row.longValue("id"),
                run.repository().value()).isEmpty()) {
            return Optional.empty();
        }
        Instant now = db.now();
        Status status = concluded.isPresent() ? Status.COMPLETED : Status.QUEUED;
        for (int attempt = 0; attempt < NUMBERING_TRIES; attempt++) {
            long number = tx.first("SELECT COALESCE(MAX(run_number), 0) + 1 AS next FROM runs "
                    + "WHERE repository_id = ? AND workflow_path = ?", row -> row.longValue("next"),
                    run.repository().value(), run.workflowPath()).orElse(1L);
            boolean inserted = tx.insertUnlessDuplicate("INSERT INTO runs (repository_id, workflow_path, run_number, "
                            + "run_attempt, event, head_sha, head_branch, actor, status, conclusion, conclusion_reason, "
                            + "diagnostics, created_at, updated_at, completed_at) "
                            + "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    run.repository().value(), run.workflowPath(), number, run.event(), run.headSha(), run.headBranch(),
                    run.actor(), status.word(), Columns.conclusionWord(concluded), Columns.conclusionReason(concluded),
                    Columns.json(diagnostics), now, now, concluded.isPresent() ? now : null);
            if (inserted) {
                Run stored = tx.first("SELECT " + COLUMNS + " FROM runs WHERE repository_id = ? AND workflow_path = ? "
                        + "AND run_number = ?", RunStore::read, run.repository().value(), run.workflowPath(), number)
                        .orElseThrow();
                StateChanges.record(tx, now, StateChange.Subject.RUN, stored.id().value(), status, concluded);
                return Optional.of(stored);
            }
        }
        throw new SQLException("could not number a run of " + run.workflowPath() + " after " + NUMBERING_TRIES
                + " tries: too many runs of it are being created at once");
    }

    private static Optional<Run> find(Transaction tx, RunId id) throws SQLException {
        return tx.first("SELECT " + COLUMNS + " FROM runs WHERE id = ?", RunStore::read, id.value());
    }

    private static Run read(Row row) throws SQLException {
        return new Run(new RunId(row.longValue("id")), new Ids.RepositoryId(row.longValue("repository_id")),
                row.string("workflow_path"), row.longValue("run_number"), row.intValue("run_attempt"),
                row.string("event"), row.string("head_sha"), row.optionalString("head_branch"), row.string("actor"),
                Status.ofWord(row.string("status")), Columns.conclusion(row), Columns.stringList(row, "diagnostics"),
                row.instant("created_at"), row.instant("updated_at"), row.optionalInstant("started_at"),
                row.optionalInstant("completed_at"));
    }
}
