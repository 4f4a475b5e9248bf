package dev.gantry.runner.host;

import dev.gantry.runner.log.LogPipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Runs one process to its end: starts it in its own session ({@link ProcessTree}), pumps its merged output into
 * the step's log pipeline, and waits until it exits, its deadline passes, or the calling thread is interrupted
 * (cancellation) — killing its whole tree in the last two cases. Blocks the calling thread; the output is read on a
 * virtual thread. Consumes every interrupt (so the file I/O after a step is not broken by one): an interrupt while
 * the process runs is {@link ProcessEnd.Cancelled}; one while its last output is read calls {@code cancelled}.
 */
final class ScriptRunner {

    /** How long output may pause after the process exited before the step stops waiting for the rest. */
    static final Duration OUTPUT_QUIET = Duration.ofSeconds(2);

    private final Duration killGrace;

    ScriptRunner(Duration killGrace) {
        this.killGrace = killGrace;
    }

    /**
     * @param started   told the process's pid once it runs (its process group, to clean up at the end of the job)
     * @param cancelled called when the job is cancelled after the process ended, while its output is read
     */
    ProcessEnd run(List<String> command, Path directory, Map<String, String> environment, LogPipeline log,
                   Deadline deadline, LongConsumer started, Runnable cancelled) {
        Process process;
        try {
            process = ProcessTree.start(command, directory, environment);
        } catch (IOException e) {
            return new ProcessEnd.NotStarted("cannot start " + command.get(0) + " in " + directory + ": "
                    + e.getMessage());
        }
        started.accept(process.pid());
        OutputPump pump = OutputPump.start(process.getInputStream(), log.stream());
        ProcessEnd end;
        try {
            boolean exited = process.waitFor(deadline.left(Instant.now()).toMillis(), TimeUnit.MILLISECONDS);
            if (exited) {
                end = new ProcessEnd.Exited(process.exitValue());
            } else {
                ProcessTree.kill(process, killGrace);
                end = new ProcessEnd.TimedOut(deadline);
            }
        } catch (InterruptedException e) {
            ProcessTree.kill(process, killGrace);
            end = new ProcessEnd.Cancelled();
        }
        if (!drain(pump) && !(end instanceof ProcessEnd.Cancelled)) {
            cancelled.run();
        }
        return end;
    }

    /** Lets the pump deliver what is still buffered; false when an interrupt came meanwhile (or before). */
    private static boolean drain(OutputPump pump) {
        boolean interrupted = Thread.interrupted();
        try {
            pump.awaitEnd(OUTPUT_QUIET);
        } catch (InterruptedException e) {
            interrupted = true;
            try {
                pump.awaitEnd(OUTPUT_QUIET);
            } catch (InterruptedException again) {
                // a second cancel: stop waiting for output
            }
        }
        return !interrupted;
    }
}
