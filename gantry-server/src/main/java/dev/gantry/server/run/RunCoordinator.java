package dev.gantry.server.run;

import dev.gantry.api.ApiJson;
import dev.gantry.api.agent.JobSpec;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.PlanOutcome;
import dev.gantry.engine.plan.RunPlanner;
import dev.gantry.engine.schedule.Decision;
import dev.gantry.engine.schedule.RunScheduler;
import dev.gantry.server.secret.RepositorySecrets;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.NewRun;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunLedger;
import dev.gantry.server.store.RunSource;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Drives every unfinished run's {@link RunScheduler} from what is stored. Each decision is written to the
 * {@link RunLedger} before anything acts on it (a started job is queued for agents, a skipped one concluded, a
 * finished run completed), and each completion is read back from the store, so the scheduler can be rebuilt after
 * a restart by planning the run again and telling it, in order, the completions it had been told: decisions
 * already written change nothing the second time.
 *
 * <p>Threads: one platform thread owns every scheduler and handles messages in order; other threads (HTTP
 * handlers, the lease reaper, the intake) only post to its inbox and never block on it. A failure handling one
 * run is printed and leaves the other runs going.
 */
public final class RunCoordinator implements AgentJobs, AutoCloseable {

    private sealed interface Message {
        record Begin(RunId run) implements Message {}

        record Completed(JobId job) implements Message {}

        record Cancel(RunId run, String reason) implements Message {}

        record Stop() implements Message {}
    }

    private final RepositoryStore repositories;
    private final RunStore runs;
    private final RunLedger ledger;
    private final JobStore jobs;
    private final QueueSignal queued;
    private final Function<Repository, String> cloneUrls;
    private final Supplier<String> serverUrl;
    private final AgentSpecs specs;
    private final PrintWriter log;
    private final BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
    private final Map<RunId, ActiveRun> active = new HashMap<>();
    private final RunGroups groups = new RunGroups();
    private final JobGroups jobGroups = new JobGroups();
    private final Thread thread;
    private final List<java.util.function.Consumer<RunId>> finishWatchers = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param cloneUrls where agents fetch a repository from
     * @param serverUrl the server's URL, for {@code github.server_url}
     * @param secrets   the repositories' secrets, given to each job its workflow refers to when an agent takes it
     * @param log       where a failure handling a run is reported (one line each)
     */
    public RunCoordinator(Database db, QueueSignal queued, Function<Repository, String> cloneUrls,
                          Supplier<String> serverUrl, RepositorySecrets secrets, PrintWriter log) {
        this.repositories = new RepositoryStore(db);
        this.runs = new RunStore(db);
        this.ledger = new RunLedger(db);
        this.jobs = new JobStore(db);
        this.queued = queued;
        this.cloneUrls = cloneUrls;
        this.serverUrl = serverUrl;
        this.specs = new AgentSpecs(ledger, jobs, runs, secrets);
        this.log = log;
        this.thread = Thread.ofPlatform().name("run coordinator").daemon().unstarted(this::loop);
    }

    /**
     * Calls {@code watcher} with each run that completes from now on (on the coordinator's thread: it must hand
     * slow work to another thread).
     */
    public void onRunFinished(java.util.function.Consumer<RunId> watcher) {
        finishWatchers.add(watcher);
    }

    /** Picks up every unfinished run, then handles messages until {@link #close}. Returns at once. */
    public void start() {
        ledger.unfinished().forEach(run -> inbox.add(new Message.Begin(run.id())));
        thread.start();
    }

    /** A run was created (or a new attempt of it): plan it and start its jobs. */
    public void begin(RunId run) {
        inbox.add(new Message.Begin(run));
    }

    /** Cancels a run that has not completed; the reason is stored first, so a restart still cancels it. */
    public RunControl.Outcome cancel(RunId id, String reason) {
        Optional<Run> run = runs.find(id);
        if (run.isEmpty()) {
            return new RunControl.Outcome.NotFound("No run " + id.value() + ".");
        }
        if (run.get().status() == Status.COMPLETED) {
            return new RunControl.Outcome.Refused(409, "Run " + id.value() + " has already completed.");
        }
        ledger.cancelRun(id, reason);
        inbox.add(new Message.Cancel(id, reason));
        return new RunControl.Outcome.Done(List.of(id));
    }

    /**
     * Starts the next attempt of a completed run. Jobs outside {@code scope} keep their result from the last
     * attempt (copied into the new one, as GitHub shows them); the rest run again, with every job that needs one
     * of them.
     */
    public RunControl.Outcome rerun(RunId id, RunControl.RerunScope scope, String actor) {
        Optional<Run> run = runs.find(id);
        if (run.isEmpty()) {
            return new RunControl.Outcome.NotFound("No run " + id.value() + ".");
        }
        if (run.get().status() != Status.COMPLETED) {
            return new RunControl.Outcome.Refused(409, "Run " + id.value() + " has not completed; cancel it first.");
        }
        if (ledger.source(id).isEmpty()) {
            return new RunControl.Outcome.Refused(409, "Run " + id.value() + " cannot be re-run: it was never planned.");
        }
        List<Job> last = ledger.jobs(id, run.get().runAttempt());
        Optional<java.util.Set<String>> again = Reruns.jobsToRun(last, scope);
        if (again.isEmpty()) {
            return new RunControl.Outcome.NotFound(scope instanceof RunControl.RerunScope.Job j
                    ? "Run " + id.value() + " has no job " + j.jobKey() + "."
                    : "Run " + id.value() + " has no failed job to re-run.");
        }
        if (!(runs.rerun(id, List.of()) instanceof RunStore.Creation.Created created)) {
            return new RunControl.Outcome.Refused(409, "Run " + id.value() + " could not be re-run.");
        }
        ledger.newAttempt(id, actor);
        for (Job job : last) {
            if (!again.get().contains(job.key()) && ledger.spec(job.id()).isPresent()
                    && job.status() == Status.COMPLETED) {
                ledger.reuse(job, created.run().runAttempt());
            }
        }
        begin(id);
        return new RunControl.Outcome.Done(List.of(id));
    }

    /**
     * The stored spec with the secrets its workflow refers to, resolved now (never stored). When they cannot be
     * decrypted the job fails at once with that reason, and there is no spec to hand out.
     */
    @Override
    public Optional<JobSpec> spec(JobId job) {
        return switch (specs.spec(job)) {
            case AgentSpecs.Outcome.Ready ready -> Optional.of(ready.spec());
            case AgentSpecs.Outcome.Missing missing -> Optional.empty();
            case AgentSpecs.Outcome.Unreadable unreadable -> {
                jobs.conclude(job, new Conclusion.Failure(unreadable.reason()));
                completed(job);
                yield Optional.empty();
            }
        };
    }

    @Override
    public boolean cancelRequested(JobId job) {
        return ledger.cancelRequested(job);
    }

    @Override
    public void completed(JobId job) {
        inbox.add(new Message.Completed(job));
    }

    /** Stops handling messages; what is stored stays, and a new coordinator carries on from it. */
    @Override
    public void close() {
        inbox.add(new Message.Stop());
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (true) {
            Message message;
            try {
                message = inbox.take();
            } catch (InterruptedException e) {
                return;
            }
            if (message instanceof Message.Stop) {
                return;
            }
            try {
                handle(message);
            } catch (RuntimeException e) {
                log.println("gantry server: could not handle " + message + ": " + e);
                log.flush();
            }
        }
    }

    private void handle(Message message) {
        switch (message) {
            case Message.Begin b -> begin(b);
            case Message.Completed c -> completed(c);
            case Message.Cancel c -> {
                ActiveRun run = active.get(c.run());
                if (run != null && run.started()) {
                    act(run, run.scheduler().cancel(c.reason()));
                } else if (run != null) {
                    cancelWaiting(c.run(), c.reason());
                }
            }
            case Message.Stop s -> { }
        }
    }

    private void begin(Message.Begin message) {
        Optional<Run> found = runs.find(message.run());
        Optional<RunSource> source = ledger.source(message.run());
        if (found.isEmpty() || source.isEmpty() || found.get().status() == Status.COMPLETED) {
            active.remove(message.run());
            return;
        }
        Run run = found.get();
        Optional<Repository> repository = repositories.find(run.repository());
        if (repository.isEmpty()) {
            return;
        }
        switch (RunBlueprint.of(repository.get(), run, source.get(), serverUrl.get())) {
            case RunBlueprint.Outcome.Invalid invalid -> ledger.failUnplanned(run.id(),
                    "the workflow cannot be planned", invalid.problems());
            case RunBlueprint.Outcome.Ready ready -> plan(ready.blueprint());
        }
    }

    private void plan(RunBlueprint blueprint) {
        Run run = blueprint.run();
        switch (new RunPlanner(blueprint.evaluator()).plan(blueprint.workflow())) {
            case PlanOutcome.Invalid invalid -> ledger.failUnplanned(run.id(), "the workflow cannot be planned",
                    invalid.errors().stream().map(e -> e.render(run.workflowPath())).toList());
            case PlanOutcome.NotTriggered not -> runs.complete(run.id(), new Conclusion.Skipped(not.why()));
            case PlanOutcome.Planned planned -> {
                var active = new ActiveRun(blueprint, planned.plan(),
                        new RunScheduler(planned.plan(), blueprint.evaluator()));
                if (run.runAttempt() == 1) {
                    ServerSideFields.of(blueprint).ifPresent(title -> ledger.retitle(run.id(), title));
                }
                switch (ServerSideFields.group(blueprint)) {
                    case Evaluated.Error<Optional<ServerSideFields.Group>> e -> ledger.failUnplanned(run.id(),
                            "the workflow cannot be planned", List.of(run.workflowPath() + ":"
                                    + e.span().start().line() + ":" + e.span().start().column() + ": concurrency: "
                                    + e.message()));
                    case Evaluated.Ok<Optional<ServerSideFields.Group>> ok when ok.value().isEmpty() -> {
                        this.active.put(run.id(), active);
                        go(active);
                    }
                    case Evaluated.Ok<Optional<ServerSideFields.Group>> ok -> {
                        this.active.put(run.id(), active);
                        admit(active, ok.value().get());
                    }
                }
            }
        }
    }

    /** Admits a run to its workflow-level concurrency group: it starts now, or waits, displacing others. */
    private void admit(ActiveRun active, ServerSideFields.Group group) {
        Run run = active.blueprint().run();
        var key = new RunGroups.Group(run.repository(), group.name());
        switch (groups.admit(run.id(), key, group.cancelInProgress())) {
            case RunGroups.Admission.StartNow now -> go(active);
            case RunGroups.Admission.Wait wait -> {
                wait.replaced().ifPresent(replaced -> cancelWaiting(replaced, "Canceling since a higher priority "
                        + "waiting request for '%s' exists (run %d)".formatted(group.name(), run.id().value())));
                wait.cancel().ifPresent(running -> {
                    String reason = "Canceling since a higher priority waiting request for '%s' exists (run %d)"
                            .formatted(group.name(), run.id().value());
                    ledger.cancelRun(running, reason);
                    handle(new Message.Cancel(running, reason));
                });
            }
        }
    }

    /** Starts a run's scheduler and tells it what the store says already happened. */
    private void go(ActiveRun active) {
        Run run = active.blueprint().run();
        active.markStarted();
        runs.start(run.id());
        act(active, active.scheduler().start());
        for (Job job : ledger.completedStarted(run.id(), run.runAttempt())) {
            tell(active, job);
        }
        active.blueprint().source().cancelReason().ifPresent(reason -> act(active, active.scheduler().cancel(reason)));
    }

    /** A run that never started (pending in a group) is cancelled: completed at once. */
    private void cancelWaiting(RunId id, String reason) {
        ledger.cancelRun(id, reason);
        runs.complete(id, new Conclusion.Cancelled(reason));
        active.remove(id);
        groups.release(id).ifPresent(this::goNext);
    }

    private void goNext(RunId next) {
        ActiveRun waiting = active.get(next);
        if (waiting != null && !waiting.started()) {
            go(waiting);
        }
    }

    private void completed(Message.Completed message) {
        jobs.find(message.job()).ifPresent(job -> {
            ActiveRun run = active.get(job.run());
            if (run != null && run.attempt() == job.runAttempt() && job.status() == Status.COMPLETED) {
                tell(run, job);
            }
        });
    }

    /** Tells the scheduler a started job completed, once; the next job waiting for its group starts. */
    private void tell(ActiveRun run, Job job) {
        if (!run.scheduler().conclusion().isEmpty() || !run.firstNews(job.key())) {
            return;
        }
        jobGroups.release(new JobGroups.Holder(job.run(), job.key())).ifPresent(next -> {
            if (active.get(next.holder().run()) == next.run()) {
                launch(next.run(), next.start());
            }
        });
        Instant started = job.startedAt().orElse(job.createdAt());
        var result = new JobResult(job.conclusion().orElseThrow(), job.outputs(), List.of(), List.of(), started,
                job.completedAt().orElse(started));
        act(run, run.scheduler().onJobFinished(JobKey.parse(job.key()), result));
    }

    private void act(ActiveRun run, List<Decision> decisions) {
        RunId id = run.blueprint().run().id();
        int attempt = run.attempt();
        for (Decision decision : decisions) {
            switch (decision) {
                case Decision.Start start -> startJob(run, start);
                case Decision.Skip skip -> concludeUnstarted(run, skip.key(), new Conclusion.Skipped(skip.why()));
                case Decision.Fail fail -> concludeUnstarted(run, fail.key(), new Conclusion.Failure(fail.reason()));
                case Decision.Abandon abandon -> concludeUnstarted(run, abandon.key(),
                        new Conclusion.Cancelled(abandon.reason()));
                case Decision.Cancel cancel -> cancelJob(run, cancel);
                case Decision.Finish finish -> {
                    runs.complete(id, finish.conclusion());
                    active.remove(id);
                    groups.release(id).ifPresent(this::goNext);
                    finishWatchers.forEach(watcher -> watcher.accept(id));
                }
            }
        }
    }

    /** Asks a running job to stop; one still waiting for its group or in the queue is concluded at once. */
    private void cancelJob(ActiveRun run, Decision.Cancel cancel) {
        RunId id = run.blueprint().run().id();
        var holder = new JobGroups.Holder(id, cancel.key().toString());
        if (jobGroups.waiting(holder)) {
            jobGroups.drop(holder);
            Job job = ledger.concludeUnstarted(id, run.attempt(), new NewRun.Job(holder.key(), run.nameOf(cancel.key()),
                    List.of(), List.of()), new Conclusion.Cancelled(cancel.reason()));
            inbox.add(new Message.Completed(job.id()));
            return;
        }
        ledger.jobs(id, run.attempt()).stream().filter(job -> job.key().equals(holder.key())).findFirst()
                .filter(job -> ledger.requestCancel(job.id(), cancel.reason()))
                .ifPresent(job -> inbox.add(new Message.Completed(job.id())));
    }

    /** Starts a job, unless its job-level concurrency group is taken by a job of another run: then it waits. */
    private void startJob(ActiveRun run, Decision.Start start) {
        RunId id = run.blueprint().run().id();
        var holder = new JobGroups.Holder(id, start.key().toString());
        switch (ServerSideFields.jobGroup(run.blueprint(), start)) {
            case Evaluated.Error<Optional<ServerSideFields.Group>> e -> {
                Job job = ledger.concludeUnstarted(id, run.attempt(), new NewRun.Job(start.key().toString(),
                        start.displayName(), List.of(), List.of()), new Conclusion.Failure("job \"%s\": concurrency: %s"
                        .formatted(start.key().jobId(), e.message())));
                inbox.add(new Message.Completed(job.id()));
            }
            case Evaluated.Ok<Optional<ServerSideFields.Group>> ok when ok.value().isEmpty() -> launch(run, start);
            case Evaluated.Ok<Optional<ServerSideFields.Group>> ok -> {
                var group = new JobGroups.Group(run.blueprint().repository().id(), ok.value().get().name());
                Optional<Job> stored = ledger.jobs(id, run.attempt()).stream()
                        .filter(job -> job.key().equals(holder.key())).findFirst();
                if (stored.isPresent()) {
                    if (stored.get().status() != Status.COMPLETED) {
                        jobGroups.occupy(holder, group);
                    }
                    launch(run, start);
                    return;
                }
                var waiting = new JobGroups.Waiting(holder, run, start);
                switch (jobGroups.admit(waiting, group, ok.value().get().cancelInProgress())) {
                    case JobGroups.Admission.StartNow now -> launch(run, start);
                    case JobGroups.Admission.Wait wait -> {
                        String reason = "Canceling since a higher priority waiting request for '%s' exists"
                                .formatted(group.name());
                        wait.replaced().ifPresent(replaced -> cancelWaitingJob(replaced.run(), replaced.start(),
                                reason));
                        wait.cancel().flatMap(running -> runs.jobs(running.run()).stream()
                                        .filter(job -> job.key().equals(running.key())).findFirst())
                                .filter(job -> ledger.requestCancel(job.id(), reason))
                                .ifPresent(job -> inbox.add(new Message.Completed(job.id())));
                    }
                }
            }
        }
    }

    /** A job waiting for its group that will never run: concluded cancelled, and its scheduler told. */
    private void cancelWaitingJob(ActiveRun run, Decision.Start start, String reason) {
        jobGroups.drop(new JobGroups.Holder(run.blueprint().run().id(), start.key().toString()));
        Job job = ledger.concludeUnstarted(run.blueprint().run().id(), run.attempt(), new NewRun.Job(
                start.key().toString(), start.displayName(), List.of(), List.of()), new Conclusion.Cancelled(reason));
        inbox.add(new Message.Completed(job.id()));
    }

    /** Writes the job and its spec and queues it for agents (or concludes it failed when it cannot run). */
    private void launch(ActiveRun run, Decision.Start start) {
        RunId id = run.blueprint().run().id();
        switch (JobSpecs.launch(run.blueprint(), start, cloneUrls.apply(run.blueprint().repository()))) {
            case JobSpecs.Launch.Refused refused -> {
                Job job = ledger.concludeUnstarted(id, run.attempt(), refused.job(),
                        new Conclusion.Failure(refused.reason()));
                inbox.add(new Message.Completed(job.id()));
            }
            case JobSpecs.Launch.Ready ready -> {
                String spec;
                try {
                    spec = ApiJson.mapper().writeValueAsString(ready.spec());
                } catch (IOException e) {
                    throw new IllegalStateException("cannot write the spec of " + start.key(), e);
                }
                switch (ledger.start(id, run.attempt(), ready.job(), spec)) {
                    case RunLedger.Started.Queued q -> queued.queued();
                    // Written before a restart: if it completed meanwhile, the scheduler hears it (once).
                    case RunLedger.Started.Existing e when e.job().status() == Status.COMPLETED ->
                            inbox.add(new Message.Completed(e.job().id()));
                    case RunLedger.Started.Existing e -> { }
                }
            }
        }
    }

    private void concludeUnstarted(ActiveRun run, JobKey key, Conclusion conclusion) {
        ledger.concludeUnstarted(run.blueprint().run().id(), run.attempt(),
                new NewRun.Job(key.toString(), run.nameOf(key), List.of(), List.of()), conclusion);
    }
}
