package dev.gantry.cli.run;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records how each run and job ended, for the summary and the JSON report. Thread-safe (one lock; calls are
 * rare: once per job and run).
 */
final class RunRecorder implements RunObserver {

    /** What is known of one run so far. */
    private static final class RunState {
        final RunRef run;
        final List<String> jobOrder;
        final List<JobReport> jobs = new ArrayList<>();
        Instant started;
        Optional<Conclusion> conclusion = Optional.empty();
        Instant finished;

        RunState(RunRef run, List<String> jobOrder, Instant started) {
            this.run = run;
            this.jobOrder = List.copyOf(jobOrder);
            this.started = started;
        }
    }

    private final Clock clock;
    private final Map<RunRef, RunState> runs = new HashMap<>();

    RunRecorder(Clock clock) {
        this.clock = clock;
    }

    /** Announces a run before it starts, with its job ids in source order (the order of the report). */
    synchronized void expect(RunRef run, List<String> jobOrder) {
        runs.put(run, new RunState(run, jobOrder, clock.instant()));
    }

    @Override
    public synchronized void runStarted(RunRef run) {
        state(run).ifPresent(s -> s.started = clock.instant());
    }

    @Override
    public synchronized void jobFinished(JobRef job, JobResult result) {
        state(job.run()).ifPresent(s -> s.jobs.add(new JobReport(job, result.conclusion(), result.outputs(),
                Optional.of(result.started()), Optional.of(result.finished()), result.steps(), result.annotations(),
                result.actions())));
    }

    @Override
    public synchronized void jobConcluded(JobRef job, Conclusion conclusion) {
        state(job.run()).ifPresent(s -> s.jobs.add(new JobReport(job, conclusion, Map.of(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of())));
    }

    @Override
    public synchronized void runFinished(RunRef run, Conclusion conclusion) {
        state(run).ifPresent(s -> {
            s.conclusion = Optional.of(conclusion);
            s.finished = clock.instant();
        });
    }

    /** The finished runs, in the order they were announced. */
    synchronized List<RunReport> reports() {
        return runs.values().stream()
                .filter(s -> s.conclusion.isPresent())
                .sorted(Comparator.comparingInt(s -> s.run.index()))
                .map(RunRecorder::report)
                .toList();
    }

    private Optional<RunState> state(RunRef run) {
        return Optional.ofNullable(runs.get(run));
    }

    private static RunReport report(RunState state) {
        Comparator<JobReport> order = Comparator
                .comparingInt((JobReport j) -> position(state.jobOrder, j.job().key()))
                .thenComparing(j -> j.job().key().jobId())
                .thenComparingInt(j -> j.job().key().matrixIndex().orElse(-1));
        return new RunReport(state.run, state.conclusion.orElseThrow(), state.started, state.finished,
                state.jobs.stream().sorted(order).toList());
    }

    /**
     * A job's place in source order; a job of a called workflow ({@code call[1]/build}) sits with the job that
     * called it, after it.
     */
    private static int position(List<String> order, JobKey key) {
        String caller = key.jobId().split("/", 2)[0].replaceFirst("\\[\\d+]$", "");
        int at = order.indexOf(caller);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
