package dev.gantry.server.run;

import dev.gantry.api.agent.JobSpec;
import dev.gantry.server.store.Ids.JobId;
import java.util.Optional;

/**
 * What the agent protocol asks of the runs: the spec of a job an agent has claimed, whether its cancellation was
 * asked for, and the news that a job completed (the agent reported it through the job store under its fencing
 * token, or its lease was revoked), so the run's scheduler moves on. Implemented by the run coordinator;
 * thread-safe; {@link #completed} never blocks on the job's run.
 */
public interface AgentJobs {

    /** The spec written when the job was started; empty for an unknown job or one that never had one. */
    Optional<JobSpec> spec(JobId job);

    /** Whether the run or job was cancelled while the job was held: the agent should stop it. */
    boolean cancelRequested(JobId job);

    /** The job is completed in the store (by its agent or by a revoked lease): its run goes on. */
    void completed(JobId job);
}
