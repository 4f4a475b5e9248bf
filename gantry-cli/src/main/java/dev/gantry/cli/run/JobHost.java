package dev.gantry.cli.run;

import dev.gantry.engine.context.RunnerInfo;
import dev.gantry.engine.exec.JobExecutor;
import dev.gantry.engine.exec.JobKey;
import java.util.Objects;

/**
 * What runs the jobs of a local run: the executor, where it places each job (the {@code runner} context and the
 * workspace and event file paths of the {@code github} context, known before the job starts), and what to clean
 * up when the invocation ends. The command wires one; tests wire a scripted executor.
 */
public record JobHost(JobExecutor executor, Placement placement, Runnable cleanup) implements AutoCloseable {

    /** Where job {@code key} of run {@code runId} will run. Pure, thread-safe. */
    @FunctionalInterface
    public interface Placement {
        RunnerInfo runner(String runId, JobKey key);
    }

    public JobHost {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(cleanup, "cleanup");
    }

    @Override
    public void close() {
        cleanup.run();
    }
}
