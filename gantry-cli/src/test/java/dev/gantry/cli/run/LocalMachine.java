package dev.gantry.cli.run;

import dev.gantry.engine.context.RunnerInfo;
import java.nio.file.Path;

/**
 * For tests: this machine as the {@code runner} context describes it, as a scripted executor would place jobs: a
 * self-hosted runner named {@code gantry}, the host's OS and architecture, one workspace for every job, and
 * a temporary folder per job under {@code temp} holding the event payload.
 */
public final class LocalMachine {

    static final String RUNNER_NAME = "gantry";

    private LocalMachine() {}

    public static JobHost.Placement placement(Path workspace, Path temp) {
        return (runId, key) -> {
            Path job = temp.resolve(runId).resolve(key.toString().replaceAll("[^A-Za-z0-9._-]", "_"));
            return new RunnerInfo(RUNNER_NAME, RunnerInfo.Os.fromOsName(System.getProperty("os.name", "linux")),
                    RunnerInfo.Arch.fromOsArch(System.getProperty("os.arch", "amd64")), job.toString(),
                    temp.resolve("tool-cache").toString(), workspace.toAbsolutePath().normalize().toString(),
                    job.resolve("event.json").toString(), false, RunnerInfo.SELF_HOSTED);
        };
    }
}
