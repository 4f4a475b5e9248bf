package dev.gantry.runner.host;

import dev.gantry.engine.context.RunnerInfo;
import dev.gantry.engine.exec.JobExecutor;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobListener;
import dev.gantry.engine.exec.JobRequest;
import dev.gantry.engine.exec.JobResult;
import java.util.Objects;

/**
 * Runs a job's steps as processes on this machine, as a self-hosted GitHub runner does.
 *
 * <p>Wiring, e.g. for {@code gantry run}:
 * <pre>{@code
 * HostOptions options = HostOptions.under(stateDir).withWorkspace(repositoryFolder);   // + withSandbox(…), withDebug(…)
 * HostJobExecutor executor = new HostJobExecutor(options);
 * RunnerInfo runner = executor.runnerInfo(runId, jobKey);     // for ContextAssembler.JobSetup: the same paths the job gets
 * JobResult result = executor.execute(new JobRequest(runId, jobKey, name, job, contexts, secrets, timeout,
 *         workflow.defaults()), listener);
 * }</pre>
 *
 * <p>Contract ({@link JobExecutor}): blocks until the job has ended; a failing step, a missing shell, a timeout, a
 * job the host cannot run (a container, services, an action other than {@code actions/checkout}, {@code runs-on}
 * labels it does not serve) are {@link dev.gantry.engine.exec.Conclusion} values, never exceptions. Thread-safe: one executor serves
 * concurrent jobs, each on its own thread, with directories of its own ({@link HostOptions}). Interrupting the
 * calling thread cancels the job: the running step's process tree is killed, the remaining steps run only when
 * their {@code if} allows ({@code always()}, {@code cancelled()}), and the result is
 * {@link dev.gantry.engine.exec.Conclusion.Cancelled}; the interrupt is consumed. Listener calls come from the
 * calling thread and from output-reading virtual threads, one at a time per step, none after this returns.
 * Everything the listener and the result carry is masked (secrets, {@code ::add-mask::} values and their encoded
 * forms), except job outputs, which GitHub's rule keeps free of secrets (an output containing one is left out).
 */
public final class HostJobExecutor implements JobExecutor {

    private final HostOptions options;

    public HostJobExecutor(HostOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public HostOptions options() {
        return options;
    }

    /**
     * The {@code runner} facts and paths a job of this executor gets, for building its contexts before it runs
     * (the {@code github.workspace}, {@code runner.temp} and event path the job will really use).
     */
    public RunnerInfo runnerInfo(String runId, JobKey jobKey) {
        return JobLayout.of(options, runId, jobKey).runnerInfo(options);
    }

    @Override
    public JobResult execute(JobRequest request, JobListener listener) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        return new JobRun(request, listener, options).run();
    }
}
