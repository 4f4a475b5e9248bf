package dev.gantry.cli.run;

import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.exec.StepResult;
import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The observer of a called workflow's jobs: shows each as a job of the calling run, named
 * {@code <caller> / <job>} as GitHub names them, and keeps their results and outputs for the call's
 * {@code outputs} ({@code jobs.<id>.result}, {@code jobs.<id>.outputs}). The nested run's own start and finish are
 * the calling job's, so they are not passed on. Thread-safe.
 */
final class CalledJobs implements RunObserver {

    private final JobRef caller;
    private final RunObserver observer;
    private final Map<String, Conclusion> results = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> outputs = new LinkedHashMap<>();

    CalledJobs(JobRef caller, RunObserver observer) {
        this.caller = caller;
        this.observer = observer;
    }

    /** The {@code jobs} context a called workflow's {@code outputs} are evaluated with. */
    synchronized Value.Obj jobsContext() {
        Map<String, Value> jobs = new LinkedHashMap<>();
        results.forEach((id, conclusion) -> {
            Map<String, Value> outs = new LinkedHashMap<>();
            outputs.getOrDefault(id, Map.of()).forEach((k, v) -> outs.put(k, new Value.Str(v)));
            jobs.put(id, new Value.Obj(Map.of("result", new Value.Str(conclusion.result()), "outputs",
                    new Value.Obj(outs))));
        });
        return new Value.Obj(jobs);
    }

    private JobRef shown(JobRef job) {
        return new JobRef(caller.run(), new JobKey(caller.key() + "/" + job.key().jobId(), job.key().matrixIndex()),
                caller.displayName() + " / " + job.displayName());
    }

    /** A job's result: a failure or cancellation of any instance wins over success, as the job's result. */
    private synchronized void record(JobRef job, Conclusion conclusion, Map<String, String> jobOutputs) {
        String id = job.key().jobId();
        Conclusion before = results.get(id);
        if (before == null || before instanceof Conclusion.Success || before instanceof Conclusion.Skipped) {
            results.put(id, conclusion);
        }
        outputs.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(jobOutputs);
    }

    @Override
    public void jobStarted(JobRef job) {
        observer.jobStarted(shown(job));
    }

    @Override
    public void stepStarted(JobRef job, int stepIndex, String name) {
        observer.stepStarted(shown(job), stepIndex, name);
    }

    @Override
    public void log(JobRef job, int stepIndex, String line) {
        observer.log(shown(job), stepIndex, line);
    }

    @Override
    public void annotation(JobRef job, int stepIndex, Annotation annotation) {
        observer.annotation(shown(job), stepIndex, annotation);
    }

    @Override
    public void stepFinished(JobRef job, StepResult step) {
        observer.stepFinished(shown(job), step);
    }

    @Override
    public void jobFinished(JobRef job, JobResult result) {
        record(job, result.conclusion(), result.outputs());
        observer.jobFinished(shown(job), result);
    }

    @Override
    public void jobConcluded(JobRef job, Conclusion conclusion) {
        record(job, conclusion, Map.of());
        observer.jobConcluded(shown(job), conclusion);
    }
}
