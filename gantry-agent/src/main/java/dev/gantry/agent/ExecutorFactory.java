package dev.gantry.agent;

import dev.gantry.api.agent.JobSpec;
import dev.gantry.engine.context.RunnerInfo;
import dev.gantry.engine.exec.JobExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the agent gets an executor for each job: implemented by the composition root with gantry-runner's host
 * executor (built-in actions, the action store). Called once per job, on the job's own virtual thread, before it
 * runs; concurrently for different jobs.
 */
@FunctionalInterface
public interface ExecutorFactory {

    /**
     * An executor for {@code spec} whose {@code actions/checkout} takes the repository from {@code sourceRepository}
     * (a bare git repository holding the spec's {@code headSha}), working in {@code workspace} (a fresh, empty
     * folder) and keeping its runner state under {@code jobFolder}. The agent deletes {@code jobFolder} (which
     * holds {@code workspace}) after {@link Prepared#close}.
     *
     * @throws IOException when the executor's folders cannot be made
     */
    Prepared executor(JobSpec spec, Path sourceRepository, Path jobFolder, Path workspace) throws IOException;

    /**
     * An executor ready for one job, the {@code runner} facts its contexts are assembled with (the paths the job
     * will really use), and what to release when the job is over.
     */
    record Prepared(JobExecutor executor, RunnerInfo runner, AutoCloseable cleanup) implements AutoCloseable {
        public Prepared {
            Objects.requireNonNull(executor, "executor");
            Objects.requireNonNull(runner, "runner");
            Objects.requireNonNull(cleanup, "cleanup");
        }

        @Override
        public void close() {
            try {
                cleanup.close();
            } catch (Exception e) {
                // What is left is inside the job folder, which the agent deletes.
            }
        }
    }
}
