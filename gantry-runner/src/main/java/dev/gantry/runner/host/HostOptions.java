package dev.gantry.runner.host;

import dev.gantry.runner.action.ActionSources;
import dev.gantry.runner.container.ContainerRuntime;
import dev.gantry.runner.container.JobContainers;
import dev.gantry.runner.sandbox.Sandbox;
import dev.gantry.runner.shell.ShellLookup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link HostJobExecutor} runs jobs on this machine.
 *
 * <p>Directories: each job instance gets its own runner temp ({@code RUNNER_TEMP}, where scripts and the step's
 * env files live; emptied when the job ends) under {@code tempRoot}, and its own workspace
 * ({@code GITHUB_WORKSPACE}) under {@code workRoot} — unless {@code workspace} names one folder for every job: what
 * {@code gantry run} does, because there the repository folder itself is the checked-out work (it is neither created
 * nor cleaned). Paths of different jobs never collide, so jobs may run in parallel in one executor.
 *
 * @param workRoot        parent of the per-job workspaces ({@code <workRoot>/<run id>/<job>})
 * @param tempRoot        parent of the per-job runner temp directories
 * @param toolCache       {@code RUNNER_TOOL_CACHE}, shared by all jobs
 * @param workspace       one workspace for every job instead of one per job under {@code workRoot}
 * @param runnerName      {@code RUNNER_NAME}
 * @param debug           step debug logging ({@code RUNNER_DEBUG=1}, {@code ::debug::} lines shown)
 * @param sandbox         where step processes run; {@link Sandbox#NONE} by default
 * @param shells          how shell executables are found
 * @param baseEnvironment the environment every step starts from (a self-hosted runner passes on its own)
 * @param killGrace       how long a process tree gets after SIGTERM before SIGKILL, on timeout or cancellation
 * @param labels          the {@code runs-on} labels this host serves
 * @param actions         where repository actions come from (the action store, the built-in stand-ins)
 * @param containers      the container runtime for {@code container:} and {@code services:}, or why there is none
 * @param containerSettings how images are fetched and what the job's containers may use
 */
public record HostOptions(Path workRoot, Path tempRoot, Path toolCache, Optional<Path> workspace, String runnerName,
                          boolean debug, Sandbox sandbox, ShellLookup shells, Map<String, String> baseEnvironment,
                          Duration killGrace, HostLabels labels, ActionSources actions,
                          ContainerRuntime containers, JobContainers.Settings containerSettings) {

    public HostOptions {
        Objects.requireNonNull(workRoot, "workRoot");
        Objects.requireNonNull(tempRoot, "tempRoot");
        Objects.requireNonNull(toolCache, "toolCache");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(runnerName, "runnerName");
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(shells, "shells");
        baseEnvironment = Map.copyOf(baseEnvironment);
        Objects.requireNonNull(killGrace, "killGrace");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(containers, "containers");
        Objects.requireNonNull(containerSettings, "containerSettings");
    }

    /** What a host without a configured container runtime answers to a job that needs one. */
    public static final ContainerRuntime NO_CONTAINERS = new ContainerRuntime.Unavailable(
            "no container runtime is configured");

    /**
     * Everything under {@code root} ({@code work/}, {@code temp/}, {@code tool-cache/}), this process's environment,
     * shells on its {@code PATH}, no sandbox, no debug, a kill grace of 5 seconds, this machine's labels.
     */
    public static HostOptions under(Path root) {
        return new HostOptions(root.resolve("work"), root.resolve("temp"), root.resolve("tool-cache"),
                Optional.empty(), "gantry-host", false, Sandbox.NONE, ShellLookup.ON_PATH, System.getenv(),
                Duration.ofSeconds(5), HostLabels.ofThisHost(), ActionSources.NONE,
                NO_CONTAINERS, JobContainers.Settings.DEFAULT);
    }

    /** The same, with every job working in {@code folder} (e.g. the repository {@code gantry run} was given). */
    public HostOptions withWorkspace(Path folder) {
        return new HostOptions(workRoot, tempRoot, toolCache, Optional.of(folder), runnerName, debug, sandbox, shells,
                baseEnvironment, killGrace, labels, actions, containers, containerSettings);
    }

    /** The same, with {@code RUNNER_NAME} (and {@code runner.name}) {@code name}: an agent's name. */
    public HostOptions withRunnerName(String name) {
        return new HostOptions(workRoot, tempRoot, toolCache, workspace, name, debug, sandbox, shells,
                baseEnvironment, killGrace, labels, actions, containers, containerSettings);
    }

    public HostOptions withDebug(boolean on) {
        return new HostOptions(workRoot, tempRoot, toolCache, workspace, runnerName, on, sandbox, shells,
                baseEnvironment, killGrace, labels, actions, containers, containerSettings);
    }

    public HostOptions withSandbox(Sandbox chosen) {
        return new HostOptions(workRoot, tempRoot, toolCache, workspace, runnerName, debug, chosen, shells,
                baseEnvironment, killGrace, labels, actions, containers, containerSettings);
    }

    public HostOptions withShells(ShellLookup lookup) {
        return new HostOptions(workRoot, tempRoot, toolCache, workspace, runnerName, debug, sandbox, lookup,
                baseEnvironment, killGrace, labels, actions, containers, containerSettings);
    }

    public HostOptions withBaseEnvironment(Map<String, String> environment) {
        return new HostOptions(workRoot, tempRoot, toolCache, workspace, runnerName, debug, sandbox, shells,
                environment, killGrace, labels, actions, containers, containerSettings);
    }

    public HostOptions withKillGrace(Duration grace) {
        return new HostOptions(workRoot, tempRoot, toolCache, workspace, runnerName, debug, sandbox, shells,
                baseEnvironment, grace, labels, actions, containers, containerSettings);
    }

    public HostOptions withActions(ActionSources sources) {
        return new HostOptions(workRoot, tempRoot, toolCache, workspace, runnerName, debug, sandbox, shells,
                baseEnvironment, killGrace, labels, sources, containers, containerSettings);
    }

    public HostOptions withContainers(ContainerRuntime runtime) {
        return new HostOptions(workRoot, tempRoot, toolCache, workspace, runnerName, debug, sandbox, shells,
                baseEnvironment, killGrace, labels, actions, runtime, containerSettings);
    }

    public HostOptions withContainerSettings(JobContainers.Settings settings) {
        return new HostOptions(workRoot, tempRoot, toolCache, workspace, runnerName, debug, sandbox, shells,
                baseEnvironment, killGrace, labels, actions, containers, settings);
    }

    public HostOptions withLabels(HostLabels served) {
        return new HostOptions(workRoot, tempRoot, toolCache, workspace, runnerName, debug, sandbox, shells,
                baseEnvironment, killGrace, served, actions, containers, containerSettings);
    }
}
