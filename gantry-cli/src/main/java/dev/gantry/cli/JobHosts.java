package dev.gantry.cli;

import dev.gantry.cli.run.JobHost;
import dev.gantry.cli.run.RunOptions;
import dev.gantry.cli.run.UsageProblem;
import dev.gantry.runner.container.ContainerJanitor;
import dev.gantry.runner.container.ContainerRuntime;
import dev.gantry.runner.host.HostJobExecutor;
import dev.gantry.runner.host.HostOptions;
import dev.gantry.runner.sandbox.Sandbox;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Wires the job host {@code gantry run} uses: the host executor, every job working in the folder being run (the
 * checked-out work, as on a self-hosted runner with the repository already there), runner temp and tool cache in
 * a private temporary folder removed at the end, and with {@code --sandbox} each step inside bubblewrap. Jobs with
 * {@code container:} or {@code services:} use the container runtime {@code DOCKER_HOST} or the default socket
 * names when one answers (what an earlier, crashed run left behind is removed first).
 */
final class JobHosts {

    private JobHosts() {}

    static JobHost forOptions(RunOptions options) throws UsageProblem {
        HostOptions host;
        Path state;
        try {
            state = Files.createTempDirectory("gantry-run-");
        } catch (IOException e) {
            throw new UsageProblem("cannot create a folder for the run in %s: %s"
                    .formatted(System.getProperty("java.io.tmpdir"), e.getMessage()));
        }
        host = HostOptions.under(state).withWorkspace(options.directory().toAbsolutePath().normalize());
        if (options.sandbox()) {
            Path bwrap = onPath("bwrap").orElseThrow(() -> new UsageProblem(
                    "--sandbox: bubblewrap (bwrap) is not installed or not on PATH"));
            host = host.withSandbox(new Sandbox.Bubblewrap(bwrap, true));
        }
        ContainerRuntime containers = ContainerRuntime.detect(System.getenv());
        if (containers instanceof ContainerRuntime.Available available) {
            new ContainerJanitor(available.engine()).sweep();
        }
        host = host.withContainers(containers);
        HostJobExecutor executor = new HostJobExecutor(host);
        return new JobHost(executor, executor::runnerInfo, () -> {
            deleteQuietly(state);
            if (containers instanceof ContainerRuntime.Available available) {
                available.engine().close();
            }
        });
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
