package dev.gantry.engine.exec;

/**
 * Runs one job on some machine.
 *
 * <p>Contract: blocks until the job has ended and returns its result; never throws for a failure of the job
 * itself (a failing step, a missing shell, a timeout are {@link Conclusion}s). Called concurrently for
 * different jobs, each on its own (virtual) thread; implementations keep no per-job state outside the call.
 * Interruption of the calling thread means cancel: stop the job's process tree, still run the steps whose
 * condition allows it ({@code always()}, {@code cancelled()}), and return {@link Conclusion.Cancelled}.
 * Listener callbacks happen on the calling thread or on threads the executor owns, never after this method
 * returns.
 */
public interface JobExecutor {

    JobResult execute(JobRequest request, JobListener listener) throws InterruptedException;
}
