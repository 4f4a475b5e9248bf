package dev.gantry.cli;

import dev.gantry.cli.run.JobHost;
import dev.gantry.cli.run.LocalMachine;
import dev.gantry.cli.run.RunOptions;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobExecutor;
import dev.gantry.engine.exec.JobResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Wires the job host {@code gantry run} uses for its options. */
final class JobHosts {

    private JobHosts() {}

    static JobHost forOptions(RunOptions options) {
        JobExecutor none = (request, listener) -> {
            Instant now = Instant.now();
            return new JobResult(new Conclusion.Failure("no host executor is available in this build"), Map.of(),
                    List.of(), List.of(), now, now);
        };
        return new JobHost(none, LocalMachine.placement(options.directory(),
                Path.of(System.getProperty("java.io.tmpdir"), "gantry-run")), () -> { });
    }
}
