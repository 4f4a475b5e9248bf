package dev.gantry.cli.run;

import dev.gantry.engine.context.RunnerInfo;
import java.nio.file.Path;

/**
 * This machine as the {@code runner} context describes it for a local run: a self-hosted runner named
 * {@code gantry}, the host's OS and architecture, the folder being run as workspace, and the run's own folder
 * for temporary files and the event payload. An executor that gives each job its own workspace replaces the
 * paths with its own.
 */
final class LocalMachine {

    static final String RUNNER_NAME = "gantry";

    private LocalMachine() {}

    static RunnerInfo runner(Path workspace, Path runFolder) {
        return new RunnerInfo(RUNNER_NAME, RunnerInfo.Os.fromOsName(System.getProperty("os.name", "linux")),
                RunnerInfo.Arch.fromOsArch(System.getProperty("os.arch", "amd64")),
                runFolder.resolve("temp").toString(), runFolder.resolve("tool-cache").toString(),
                workspace.toAbsolutePath().normalize().toString(), runFolder.resolve("event.json").toString(),
                false, RunnerInfo.SELF_HOSTED);
    }
}
