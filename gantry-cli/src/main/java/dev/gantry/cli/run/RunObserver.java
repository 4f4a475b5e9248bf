package dev.gantry.cli.run;

import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.exec.StepResult;

/**
 * Follows the runs of one invocation: the console, the recorder behind the summary and the report. Every text
 * it receives is masked already.
 *
 * <p>Threads: called from the drivers' threads and from the jobs' (virtual) threads at once, so implementations
 * are thread-safe; for one job the calls come in order ({@code jobStarted}, then for each step
 * {@code stepStarted}, its lines and annotations, {@code stepFinished}, then {@code jobFinished}). Calls must be
 * quick and must not throw.
 */
public interface RunObserver {

    default void runStarted(RunRef run) {}

    default void jobStarted(JobRef job) {}

    default void stepStarted(JobRef job, int stepIndex, String name) {}

    default void log(JobRef job, int stepIndex, String line) {}

    default void annotation(JobRef job, int stepIndex, Annotation annotation) {}

    default void stepFinished(JobRef job, StepResult step) {}

    /** A started job has ended (successfully, failed, or cancelled). */
    default void jobFinished(JobRef job, JobResult result) {}

    /** A job that never started was concluded: skipped, failed before it could start, or abandoned. */
    default void jobConcluded(JobRef job, Conclusion conclusion) {}

    default void runFinished(RunRef run, Conclusion conclusion) {}
}
