package dev.gantry.server.store;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Ids.RunId;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the run coordinator writes and reads back: where each run came from, the jobs its scheduler started (with
 * the spec handed to agents) or concluded without starting, cancellations, and the order jobs completed in — all
 * it needs to rebuild a run's scheduler after a restart. Every method is one transaction; thread-safe. Writing a
 * decision is idempotent per job key, so a decision replayed after a restart changes nothing twice.
 */
public final class RunLedger {

    private final Database db;

    public RunLedger(Database db) {
        this.db = db;
    }

    /** The outcome of writing a started job. */
    public sealed interface Started {
        /** Stored and put in the queue. */
        record Queued(Job job) implements Started {}

        /** A job with that key exists in this attempt already (written before a restart, or reused); unchanged. */
        record Existing(Job job) implements Started {}
    }

    /** Creates a queued run with its source, in one transaction. */
    public RunStore.Creation create(NewRun run, RunSource source) {
        return db.transaction(tx -> {
            RunStore.Creation created = new RunStore(db).insertCreated(tx, run, List.of(), Optional.empty());
            if (created instanceof RunStore.Creation.Created c) {
                insertSource(tx, c.run().id(), source);
            }
            return created;
        });
    }

    /** Creates a run completed from the start with a failure and the diagnostics why, keeping its source. */
    public RunStore.Creation createFailed(NewRun run, RunSource source, Conclusion conclusion,
                                          List<String> diagnostics) {
        return db.transaction(tx -> {
            RunStore.Creation created = new RunStore(db).insertCreated(tx, run, diagnostics, Optional.of(conclusion));
            if (created instanceof RunStore.Creation.Created c) {
                insertSource(tx, c.run().id(), source);
            }
            return created;
        });
    }

    public Optional<RunSource> source(RunId run) {
        return db.transaction(tx -> tx.first("SELECT workflow_text, ref, event_payload, inputs, workflow_name, title, "
                + "triggering_actor, cancel_reason FROM run_sources WHERE run_id = ?", row -> new RunSource(
                row.string("workflow_text"), row.string("ref"), row.string("event_payload"),
                Columns.stringMap(row, "inputs"), row.string("workflow_name"), row.string("title"),
                row.string("triggering_actor"),
                row.optionalString("cancel_reason")), run.value()));
    }

    /** The workflows of a repository with a run for {@code event} at {@code sha} created at or after {@code since}. */
    public java.util.Set<String> workflowsRunSince(Ids.RepositoryId repository, String event, String sha,
                                                   java.time.Instant since) {
        return java.util.Set.copyOf(db.transaction(tx -> tx.list("SELECT DISTINCT workflow_path FROM runs "
                + "WHERE repository_id = ? AND event = ? AND head_sha = ? AND created_at >= ?",
                row -> row.string("workflow_path"), repository.value(), event, sha, since)));
    }

    /** Runs not completed, oldest first: the ones a starting server picks up again. */
    public List<Run> unfinished() {
        return db.transaction(tx -> tx.list("SELECT id FROM runs WHERE status <> ? ORDER BY id",
                row -> new RunId(row.longValue("id")), Status.COMPLETED.word()))
                .stream().map(id -> new RunStore(db).find(id)).flatMap(Optional::stream).toList();
    }

    /** Writes a started job with its spec and puts it in the queue, unless the key is stored already. */
    public Started start(RunId run, int attempt, NewRun.Job job, String spec) {
        return db.transaction(tx -> {
            Optional<Job> existing = find(tx, run, attempt, job.key());
            if (existing.isPresent()) {
                return new Started.Existing(existing.get());
            }
            Job stored = JobRows.insert(tx, run, attempt, job, db.now());
            tx.update("INSERT INTO job_specs (job_id, spec) VALUES (?, ?)", stored.id().value(), spec);
            tx.update("UPDATE jobs SET queue_position = ?, queued_at = ? WHERE id = ?",
                    tx.nextValue("queue_positions"), db.now(), stored.id().value());
            return new Started.Queued(JobRows.find(tx, stored.id()).orElseThrow());
        });
    }

    /**
     * Concludes a job the scheduler decided never runs (skipped, failed before starting, abandoned): creates its
     * row completed, or concludes the stored one (e.g. still in the queue when the run was cancelled). A job
     * completed already keeps its conclusion.
     */
    public Job concludeUnstarted(RunId run, int attempt, NewRun.Job job, Conclusion conclusion) {
        return db.transaction(tx -> {
            Job row = find(tx, run, attempt, job.key()).orElse(null);
            if (row == null) {
                row = JobRows.insert(tx, run, attempt, job, db.now());
            }
            JobStore.conclude(tx, row.id(), Optional.empty(), conclusion, Map.of(), db.now());
            return JobRows.find(tx, row.id()).orElseThrow();
        });
    }

    /**
     * Asks the agent holding a job to stop it. A job still waiting in the queue is concluded cancelled at once;
     * returns whether it was (then no agent will report it).
     */
    public boolean requestCancel(JobId job, String reason) {
        return db.transaction(tx -> {
            tx.update("UPDATE job_specs SET cancel_requested = TRUE WHERE job_id = ?", job.value());
            int waiting = tx.first("SELECT COUNT(*) AS n FROM jobs WHERE id = ? AND agent_id IS NULL AND status = ?",
                    row -> row.intValue("n"), job.value(), Status.QUEUED.word()).orElse(0);
            return waiting == 1 && JobStore.conclude(tx, job, Optional.empty(), new Conclusion.Cancelled(reason),
                    Map.of(), db.now()) instanceof JobStore.Change.Changed;
        });
    }

    public boolean cancelRequested(JobId job) {
        return db.transaction(tx -> tx.first("SELECT cancel_requested FROM job_specs WHERE job_id = ?",
                row -> row.bool("cancel_requested"), job.value())).orElse(false);
    }

    public Optional<String> spec(JobId job) {
        return db.transaction(tx -> tx.first("SELECT spec FROM job_specs WHERE job_id = ?", row -> row.string("spec"),
                job.value()));
    }

    /**
     * Completes a run that could not be planned, with the rendered problems as its diagnostics; a completed run
     * keeps what it had.
     */
    public void failUnplanned(RunId run, String reason, List<String> diagnostics) {
        db.transaction(tx -> tx.update("UPDATE runs SET diagnostics = ? WHERE id = ? AND status <> ?",
                Columns.json(diagnostics), run.value(), Status.COMPLETED.word()));
        new RunStore(db).complete(run, new Conclusion.Failure(reason));
    }

    /** Sets a run's title (its evaluated {@code run-name}). */
    public void retitle(RunId run, String title) {
        String kept = title.length() > 1000 ? title.substring(0, 1000) : title;
        db.transaction(tx -> tx.update("UPDATE run_sources SET title = ? WHERE run_id = ?", kept, run.value()));
    }

    /** Records that a run is being cancelled and why; the first reason stays. */
    public void cancelRun(RunId run, String reason) {
        db.transaction(tx -> tx.update("UPDATE run_sources SET cancel_reason = ? WHERE run_id = ? "
                + "AND cancel_reason IS NULL", reason, run.value()));
    }

    /** Who started the current attempt (a re-run), and no cancellation yet for it. */
    public void newAttempt(RunId run, String actor) {
        db.transaction(tx -> tx.update("UPDATE run_sources SET triggering_actor = ?, cancel_reason = NULL "
                + "WHERE run_id = ?", actor, run.value()));
    }

    /**
     * The jobs of an attempt that the scheduler started and that have completed, in the order they completed:
     * what a rebuilt scheduler is told again, in that order.
     */
    public List<Job> completedStarted(RunId run, int attempt) {
        return db.transaction(tx -> tx.list("SELECT " + prefixed() + " FROM jobs j JOIN job_specs s ON s.job_id = j.id "
                + "JOIN (SELECT subject_id, MAX(id) AS seq FROM state_changes WHERE subject = 'job' AND status = ? "
                + "GROUP BY subject_id) c ON c.subject_id = j.id WHERE j.run_id = ? AND j.run_attempt = ? "
                + "AND j.status = ? ORDER BY c.seq", JobRows::read, Status.COMPLETED.word(), run.value(), attempt,
                Status.COMPLETED.word()));
    }

    /**
     * Copies a completed job of an earlier attempt into the current one, with its conclusion, outputs and spec:
     * a re-run of failed jobs keeps the jobs that succeeded, as GitHub does.
     */
    public Job reuse(Job earlier, int attempt) {
        return db.transaction(tx -> {
            Job copy = JobRows.insert(tx, earlier.run(), attempt, new NewRun.Job(earlier.key(), earlier.name(),
                    earlier.needs(), earlier.runsOn()), db.now());
            tx.update("INSERT INTO job_specs (job_id, spec) SELECT ?, spec FROM job_specs WHERE job_id = ?",
                    copy.id().value(), earlier.id().value());
            JobStore.conclude(tx, copy.id(), Optional.empty(), earlier.conclusion().orElseThrow(), earlier.outputs(),
                    db.now());
            return JobRows.find(tx, copy.id()).orElseThrow();
        });
    }

    /** The jobs of one attempt of a run, in creation order. */
    public List<Job> jobs(RunId run, int attempt) {
        return db.transaction(tx -> JobRows.ofRun(tx, run, attempt));
    }

    private static Optional<Job> find(Transaction tx, RunId run, int attempt, String key) throws SQLException {
        return tx.first("SELECT " + JobRows.COLUMNS + " FROM jobs WHERE run_id = ? AND run_attempt = ? AND job_key = ?",
                JobRows::read, run.value(), attempt, key);
    }

    private static void insertSource(Transaction tx, RunId run, RunSource source) throws SQLException {
        tx.update("INSERT INTO run_sources (run_id, workflow_text, ref, event_payload, inputs, workflow_name, title, "
                        + "triggering_actor, cancel_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", run.value(),
                source.workflowText(), source.ref(), source.eventPayload(), Columns.json(source.inputs()),
                clip(source.workflowName()), clip(source.title()), source.triggeringActor(), source.cancelReason());
    }

    private static String clip(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static String prefixed() {
        return String.join(", ", java.util.Arrays.stream(JobRows.COLUMNS.split(", ")).map(c -> "j." + c).toList());
    }
}
