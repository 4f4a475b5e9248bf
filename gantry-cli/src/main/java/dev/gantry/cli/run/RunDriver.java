package dev.gantry.cli.run;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobExecutor;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.plan.Instances;
import dev.gantry.engine.plan.JobInstance;
import dev.gantry.engine.plan.RunPlan;
import dev.gantry.engine.schedule.Decision;
import dev.gantry.engine.schedule.RunScheduler;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * The imperative shell around one run's {@link RunScheduler}: acts on its decisions and feeds the results back.
 * A started job runs on its own virtual thread, which first takes one of the shared {@code slots}
 * ({@code --parallel}) and then calls the executor; a {@link Decision.Cancel} interrupts that thread (the
 * executor then stops the job's processes, runs its {@code always()} steps and returns cancelled); a job
 * interrupted while it still waits for a slot ends cancelled without running.
 *
 * <p>Threads: {@link #drive} runs the scheduler on the calling thread, the only one that touches it; the job
 * threads and {@link #cancel} (any thread, e.g. a signal handler) only post to its inbox. An executor that
 * throws ends its job failed; nothing a job does can stop the run from finishing.
 */
final class RunDriver {

    private sealed interface Message {
        record Finished(JobKey key, JobResult result) implements Message {}

        record CancelRun(String reason) implements Message {}
    }

    private final RunRef run;
    private final RunPlan plan;
    private final RunScheduler scheduler;
    private final JobLauncher launcher;
    private final JobExecutor executor;
    private final Semaphore slots;
    private final RunObserver observer;
    private final Redactor redactor;
    private final CallRunner calls;
    private final Clock clock;
    private final BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
    private final Map<JobKey, Thread> running = new ConcurrentHashMap<>();
    private final Map<JobKey, String> startedNames = new ConcurrentHashMap<>();

    /** The scheduler's collaborators, for one run. */
    record Setup(RunRef run, RunPlan plan, RunScheduler scheduler, JobLauncher launcher, Redactor redactor,
                 CallRunner calls) {}

    RunDriver(Setup setup, JobExecutor executor, Semaphore slots, RunObserver observer, Clock clock) {
        this.run = setup.run();
        this.plan = setup.plan();
        this.scheduler = setup.scheduler();
        this.launcher = setup.launcher();
        this.redactor = setup.redactor();
        this.calls = setup.calls();
        this.executor = executor;
        this.slots = slots;
        this.observer = observer;
        this.clock = clock;
    }

    /** Runs the run to its end and returns its conclusion. Blocks the calling thread until then. */
    Conclusion drive() {
        observer.runStarted(run);
        boolean interrupted = false;
        act(scheduler.start());
        while (scheduler.conclusion().isEmpty()) {
            Message message;
            try {
                message = inbox.take();
            } catch (InterruptedException e) {
                interrupted = true;
                message = new Message.CancelRun("the run was interrupted");
            }
            switch (message) {
                case Message.Finished f -> {
                    running.remove(f.key());
                    act(scheduler.onJobFinished(f.key(), f.result()));
                }
                case Message.CancelRun c -> act(scheduler.cancel(c.reason()));
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return scheduler.conclusion().orElseThrow();
    }

    /** Cancels the run (from any thread): running jobs are interrupted, waiting ones abandoned unless always(). */
    void cancel(String reason) {
        inbox.add(new Message.CancelRun(reason));
    }

    private void act(List<Decision> decisions) {
        for (Decision decision : decisions) {
            switch (decision) {
                case Decision.Start start -> start(start);
                case Decision.Skip skip -> observer.jobConcluded(ref(skip.key()), new Conclusion.Skipped(skip.why()));
                case Decision.Fail fail -> observer.jobConcluded(ref(fail.key()),
                        redactor.conclusion(new Conclusion.Failure(fail.reason())));
                case Decision.Abandon abandon -> observer.jobConcluded(ref(abandon.key()),
                        new Conclusion.Cancelled(abandon.reason()));
                case Decision.Cancel cancel -> {
                    Thread thread = running.get(cancel.key());
                    if (thread != null) {
                        thread.interrupt();
                    }
                }
                case Decision.Finish finish -> observer.runFinished(run, redactor.conclusion(finish.conclusion()));
            }
        }
    }

    private void start(Decision.Start start) {
        startedNames.put(start.key(), start.displayName());
        JobRef job = new JobRef(run, start.key(), start.displayName());
        Thread thread = Thread.ofVirtual().name("job " + run.workflow() + "/" + start.key()).unstarted(() -> {
            JobResult result = null;
            try {
                result = runJob(job, start);
            } finally {
                if (result == null) {
                    result = ended(new Conclusion.Failure("the job ended unexpectedly"));
                }
                inbox.add(new Message.Finished(start.key(), result));
            }
        });
        running.put(start.key(), thread);
        thread.start();
    }

    /** On the job's thread: wait for a slot, run, report. Never throws. */
    private JobResult runJob(JobRef job, Decision.Start start) {
        var launch = launcher.prepare(start);
        if (launch instanceof JobLauncher.Launch.Refused refused) {
            JobResult result = ended(new Conclusion.Failure(redactor.text(refused.reason())));
            observer.jobStarted(job);
            observer.jobFinished(job, result);
            return result;
        }
        if (launch instanceof JobLauncher.Launch.Call call) {
            observer.jobStarted(job);
            JobResult result = calls.run(job, call.job(), call.called(), call.contexts(), observer,
                    (setup, nestedObserver) -> new RunDriver(setup, executor, slots, nestedObserver, clock).drive());
            observer.jobFinished(job, result);
            return result;
        }
        var request = ((JobLauncher.Launch.Ready) launch).request();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            JobResult result = ended(new Conclusion.Cancelled("cancelled before it started"));
            observer.jobConcluded(job, result.conclusion());
            return result;
        }
        JobResult result;
        try {
            observer.jobStarted(job);
            result = redactor.result(executor.execute(request, new JobBridge(job, observer, redactor)));
        } catch (InterruptedException e) {
            result = ended(new Conclusion.Cancelled("the job was cancelled"));
        } catch (RuntimeException | Error e) {
            result = ended(new Conclusion.Failure(redactor.text("the executor failed: " + e)));
        } finally {
            slots.release();
        }
        observer.jobFinished(job, result);
        return result;
    }

    private JobResult ended(Conclusion conclusion) {
        var now = clock.instant();
        return new JobResult(conclusion, Map.of(), List.of(), List.of(), now, now);
    }

    /** A job or instance that did not start, named as GitHub would show it. */
    private JobRef ref(JobKey key) {
        String name = startedNames.get(key);
        if (name == null) {
            name = plan.job(key.jobId()).map(job -> switch (job.instances()) {
                case Instances.Expanded e -> e.instances().stream().filter(i -> i.key().equals(key))
                        .map(JobInstance::displayName).findFirst()
                        .orElseGet(() -> job.job().name().literalValue().orElse(key.jobId()));
                default -> job.job().name().literalValue().orElse(key.jobId());
            }).orElse(key.jobId());
        }
        return new JobRef(run, key, name);
    }
}
