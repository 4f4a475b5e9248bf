package dev.gantry.engine.schedule;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.ExpressionEvaluator;
import dev.gantry.engine.plan.Instances;
import dev.gantry.engine.plan.JobInstance;
import dev.gantry.engine.plan.JobStrategy;
import dev.gantry.engine.plan.PlannedJob;
import dev.gantry.engine.plan.RunPlan;
import dev.gantry.engine.plan.RunPlanner;
import dev.gantry.engine.plan.TemplateResolver;
import dev.gantry.workflow.expr.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a {@link RunPlan} as a pure state machine: each call takes an event (the run starts, an instance
 * finished, the run is cancelled) and returns what to do next, in order. GitHub's semantics: a job is ready when
 * every job it needs has concluded; its {@code if} (default {@code success()}) then decides between starting its
 * instances and skipping it, the status functions seeing every job it depends on ({@link NeedsStatus}); a job's
 * matrix is expanded then (late when it reads {@code needs}), and its instances start in order within
 * {@code max-parallel} and their concurrency groups. A failed instance without {@code continue-on-error} cancels
 * its siblings when {@code fail-fast}; cancelling the run cancels what runs and abandons what waits, except jobs
 * whose {@code if} still holds ({@code always()}, {@code cancelled()}), which run when their needs have concluded.
 * {@link Decision.Finish} comes once, last, when every job has concluded.
 *
 * <p>Not thread-safe: one owner calls it, one event at a time. No I/O, no clocks, no threads. Events that cannot
 * happen in a correct shell (a result for an instance that is not running, a second start) are bugs and throw
 * {@link IllegalStateException}; nothing a workflow contains makes it throw.
 */
public final class RunScheduler {

    private final RunPlan plan;
    private final RunPlanner planner;
    private final ConditionCheck conditions;
    private final InstanceSetup setup;
    private final Map<String, JobRun> jobs = new LinkedHashMap<>();
    private final ConcurrencyGroups groups = new ConcurrencyGroups();
    private Optional<String> cancelled = Optional.empty();
    private boolean started;
    private Optional<Conclusion> conclusion = Optional.empty();

    public RunScheduler(RunPlan plan, ExpressionEvaluator evaluator) {
        this.plan = plan;
        this.planner = new RunPlanner(evaluator);
        TemplateResolver templates = new TemplateResolver(evaluator);
        this.conditions = new ConditionCheck(templates);
        this.setup = new InstanceSetup(templates);
        plan.jobs().values().forEach(job -> jobs.put(job.id(), new JobRun(job)));
    }

    /** The first decisions: the jobs that need nothing start (or are skipped). Call once. */
    public List<Decision> start() {
        if (started) {
            throw new IllegalStateException("the run has already started");
        }
        started = true;
        List<Decision> out = new ArrayList<>();
        advance(out);
        return out;
    }

    /** A started instance has ended with {@code result}; its outputs become visible to the jobs that need it. */
    public List<Decision> onJobFinished(JobKey key, JobResult result) {
        InstanceRun instance = instance(key);
        if (instance.state != InstanceRun.State.RUNNING) {
            throw new IllegalStateException("a result for %s, which is %s, not running".formatted(key, instance.state));
        }
        List<Decision> out = new ArrayList<>();
        finish(jobs.get(key.jobId()), instance, result.conclusion(), result.outputs(), out);
        advance(out);
        return out;
    }

    /** Cancels the run: what runs is cancelled, what waits is abandoned unless its {@code if} still holds. */
    public List<Decision> cancel(String reason) {
        if (conclusion.isPresent() || cancelled.isPresent()) {
            return List.of();
        }
        cancelled = Optional.of(reason);
        List<Decision> out = new ArrayList<>();
        for (JobRun job : jobs.values()) {
            if (job.phase == JobRun.Phase.WAITING && ConditionCheck.needsSuccess(job.planned.job().condition())) {
                abandonWhole(job, reason, out);
            }
            for (InstanceRun instance : job.instances) {
                switch (instance.state) {
                    case RUNNING -> requestCancel(instance, reason, out);
                    case PENDING, QUEUED -> {
                        if (ConditionCheck.needsSuccess(job.planned.job().condition())) {
                            abandon(job, instance, reason, out);
                        }
                    }
                    case DONE -> { }
                }
            }
        }
        if (started) {
            advance(out);
        }
        return out;
    }

    /** The run's conclusion, once {@link Decision.Finish} has been given. */
    public Optional<Conclusion> conclusion() {
        return conclusion;
    }

    /** Every concluded job or instance so far, jobs in source order, instances in matrix order. */
    public Map<JobKey, Conclusion> conclusions() {
        Map<JobKey, Conclusion> out = new LinkedHashMap<>();
        for (JobRun job : jobs.values()) {
            job.conclusion.ifPresent(c -> out.put(JobKey.of(job.id()), c));
            job.instances.forEach(i -> i.conclusion.ifPresent(c -> out.put(i.key(), c)));
        }
        return out;
    }

    private void advance(List<Decision> out) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (JobRun job : jobs.values()) {
                if (job.phase == JobRun.Phase.WAITING && needsConcluded(job)) {
                    ready(job, out);
                    progress = true;
                }
            }
            for (JobRun job : jobs.values()) {
                if (job.phase == JobRun.Phase.EXPANDED) {
                    launch(job, out);
                }
            }
        }
        if (conclusion.isEmpty() && jobs.values().stream().allMatch(JobRun::concluded)) {
            conclusion = Optional.of(RunConclusion.of(jobs.values(), cancelled));
            out.add(new Decision.Finish(conclusion.get()));
        }
    }

    private boolean needsConcluded(JobRun job) {
        return job.planned.needs().stream().allMatch(need -> jobs.get(need).concluded());
    }

    /** Every needed job has concluded: evaluate the {@code if}, then expand. */
    private void ready(JobRun job, List<Decision> out) {
        PlannedJob planned = job.planned;
        Value.Obj needs = NeedsContext.of(planned.needs(), jobs);
        NeedsStatus status = NeedsContext.status(plan.graph().ancestors(job.id()), jobs, cancelled.isPresent());
        switch (conditions.check(planned.job().condition(), status, Map.of("needs", needs))) {
            case Evaluated.Error<Boolean> e -> failWhole(job, "error evaluating 'if': " + e.message(), out);
            case Evaluated.Ok<Boolean> ok when !ok.value() -> {
                if (cancelled.isPresent()) {
                    abandonWhole(job, cancelled.get(), out);
                } else {
                    job.concludeWhole(new Conclusion.Skipped(NeedsContext.whySkipped(planned, status, jobs)));
                    out.add(new Decision.Skip(JobKey.of(job.id()), ((Conclusion.Skipped) job.conclusion.get()).why()));
                }
            }
            case Evaluated.Ok<Boolean> ok -> expand(job, needs, out);
        }
    }

    private void expand(JobRun job, Value.Obj needs, List<Decision> out) {
        Instances instances = switch (job.planned.instances()) {
            case Instances.Deferred d -> planner.expand(job.id(), job.planned.job(), needs);
            case Instances i -> i;
        };
        switch (instances) {
            case Instances.Invalid invalid -> failWhole(job, invalid.error().message(), out);
            case Instances.Deferred d -> failWhole(job, d.why(), out);
            case Instances.Expanded e -> {
                List<InstanceRun> runs = new ArrayList<>();
                Map<InstanceRun, String> setupErrors = new LinkedHashMap<>();
                for (int i = 0; i < e.instances().size(); i++) {
                    JobInstance instance = e.instances().get(i);
                    switch (setup.setup(job.planned.job(), instance, e.strategy(), i, needs)) {
                        case Evaluated.Ok<InstanceRun> ok -> runs.add(ok.value());
                        case Evaluated.Error<InstanceRun> err -> {
                            InstanceRun broken = new InstanceRun(instance, e.strategy().context(i), false, Optional.empty());
                            runs.add(broken);
                            setupErrors.put(broken, err.message());
                        }
                    }
                }
                job.expand(e.strategy(), runs);
                setupErrors.forEach((broken, message) -> {
                    if (!broken.done()) {
                        out.add(new Decision.Fail(broken.key(), message));
                        finish(job, broken, new Conclusion.Failure(message), Map.of(), out);
                    }
                });
            }
        }
    }

    /** Starts pending instances in order while the matrix's max-parallel allows. */
    private void launch(JobRun job, List<Decision> out) {
        long active = job.instances.stream().filter(i -> i.state == InstanceRun.State.RUNNING
                || i.state == InstanceRun.State.QUEUED).count();
        for (InstanceRun instance : job.instances) {
            if (active >= job.strategy.parallelism()) {
                return;
            }
            if (instance.state == InstanceRun.State.PENDING) {
                admit(job, instance, out);
                active++;
            }
        }
    }

    private void admit(JobRun job, InstanceRun instance, List<Decision> out) {
        if (instance.group.isEmpty()) {
            run(job, instance, out);
            return;
        }
        switch (groups.admit(instance, instance.group.get())) {
            case ConcurrencyGroups.Admission.StartNow s -> run(job, instance, out);
            case ConcurrencyGroups.Admission.Wait w -> {
                instance.state = InstanceRun.State.QUEUED;
                String group = instance.group.get().name();
                w.replaced().ifPresent(old -> abandon(jobs.get(old.key().jobId()), old,
                        "replaced by %s in concurrency group '%s'".formatted(instance.key(), group), out));
                w.cancelRunning().ifPresent(running -> requestCancel(running,
                        "cancelled by %s in concurrency group '%s' (cancel-in-progress)".formatted(instance.key(), group), out));
            }
        }
    }

    private void run(JobRun job, InstanceRun instance, List<Decision> out) {
        instance.state = InstanceRun.State.RUNNING;
        Value.Obj needs = NeedsContext.of(job.planned.needs(), jobs);
        out.add(new Decision.Start(instance.key(), instance.instance.displayName(), job.planned.job(),
                InstanceSetup.contexts(needs, instance.instance, job.strategy, instance.strategy)));
    }

    private void finish(JobRun job, InstanceRun instance, Conclusion c, Map<String, String> outputs, List<Decision> out) {
        instance.conclude(c, outputs);
        job.finished(instance);
        groups.release(instance).ifPresent(next -> run(jobs.get(next.key().jobId()), next, out));
        if (instance.failedRun() && job.strategy.matrix() && job.strategy.failFast()) {
            String reason = "fail-fast: %s failed".formatted(instance.key());
            for (InstanceRun sibling : job.instances) {
                switch (sibling.state) {
                    case RUNNING -> requestCancel(sibling, reason, out);
                    case PENDING, QUEUED -> abandon(job, sibling, reason, out);
                    case DONE -> { }
                }
            }
        }
    }

    private void requestCancel(InstanceRun instance, String reason, List<Decision> out) {
        if (!instance.cancelRequested) {
            instance.cancelRequested = true;
            out.add(new Decision.Cancel(instance.key(), reason));
        }
    }

    private void abandon(JobRun job, InstanceRun instance, String reason, List<Decision> out) {
        if (instance.state == InstanceRun.State.QUEUED) {
            groups.withdraw(instance);
        }
        instance.conclude(new Conclusion.Cancelled(reason), Map.of());
        job.finished(instance);
        out.add(new Decision.Abandon(instance.key(), reason));
    }

    private void abandonWhole(JobRun job, String reason, List<Decision> out) {
        job.concludeWhole(new Conclusion.Cancelled(reason));
        out.add(new Decision.Abandon(JobKey.of(job.id()), reason));
    }

    private void failWhole(JobRun job, String reason, List<Decision> out) {
        job.concludeWhole(new Conclusion.Failure(reason));
        out.add(new Decision.Fail(JobKey.of(job.id()), reason));
    }

    private InstanceRun instance(JobKey key) {
        JobRun job = jobs.get(key.jobId());
        if (job == null) {
            throw new IllegalStateException("no job " + key.jobId() + " in this run");
        }
        return job.instances.stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no instance " + key + " has started"));
    }
}
