package dev.gantry.cli;

import dev.gantry.agent.ExecutorFactory;
import dev.gantry.api.agent.JobSpec;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.runner.action.ActionSources;
import dev.gantry.runner.host.HostJobExecutor;
import dev.gantry.runner.host.HostLabels;
import dev.gantry.runner.host.HostOptions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The agent's executors, made of what {@code gantry run} uses: gantry-runner's host executor per job, working in
 * the job's fresh workspace with its runner state beside it, the home's action store, and the built-in actions —
 * {@code actions/checkout} checks the job's commit out of the agent's cached copy of the repository. Serves the
 * host's own labels and those the job was matched on. Thread-safe.
 */
final class AgentExecutors implements ExecutorFactory {

    private final GantryHome home;
    private final String agentName;

    /** @param agentName the agent's name, the jobs' {@code RUNNER_NAME} */
    AgentExecutors(GantryHome home, String agentName) {
        this.home = home;
        this.agentName = agentName;
    }

    @Override
    public Prepared executor(JobSpec spec, Path sourceRepository, Path jobFolder, Path workspace) {
        Set<String> labels = new HashSet<>(HostLabels.ofThisHost().labels());
        labels.addAll(spec.runsOn());
        HostOptions options = HostOptions.under(jobFolder.resolve("runner")).withWorkspace(workspace)
                .withRunnerName(agentName)
                .withLabels(new HostLabels(labels))
                .withActions(ActionSources.of(JobHosts.actionStore(home),
                        JobHosts.builtins(spec.repository().fullName(), sourceRepository, home)));
        HostJobExecutor executor = new HostJobExecutor(options);
        return new Prepared(executor, executor.runnerInfo(String.valueOf(spec.runId()), JobKey.parse(spec.jobKey())),
                () -> { });
    }
}
