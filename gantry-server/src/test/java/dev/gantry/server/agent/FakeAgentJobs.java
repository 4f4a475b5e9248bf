package dev.gantry.server.agent;

import dev.gantry.api.agent.JobSpec;
import dev.gantry.server.run.AgentJobs;
import dev.gantry.server.store.Ids.JobId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/** The run coordinator's port as a test drives it: specs put in by hand, cancellations asked for, completions seen. */
final class FakeAgentJobs implements AgentJobs {

    final Map<JobId, JobSpec> specs = new ConcurrentHashMap<>();
    final Set<JobId> cancelled = ConcurrentHashMap.newKeySet();
    final LinkedBlockingQueue<JobId> completed = new LinkedBlockingQueue<>();

    @Override
    public Optional<JobSpec> spec(JobId job) {
        return Optional.ofNullable(specs.get(job));
    }

    @Override
    public boolean cancelRequested(JobId job) {
        return cancelled.contains(job);
    }

    @Override
    public void completed(JobId job) {
        completed.add(job);
    }
}
