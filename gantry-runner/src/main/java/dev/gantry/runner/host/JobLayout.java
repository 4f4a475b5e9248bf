package dev.gantry.runner.host;

import dev.gantry.engine.context.RunnerInfo;
import dev.gantry.engine.exec.JobKey;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The directories of one job instance on this host: its workspace, its runner temp (with the event file, the
 * scripts and the step env files), and the shared tool cache. Derived from the options, the run id and the job
 * key alone, so the caller can build the {@code github} and {@code runner} contexts before the job starts
 * ({@link HostJobExecutor#runnerInfo}) and the executor finds the same paths.
 */
record JobLayout(Path workspace, Path temp, Path toolCache, boolean ownWorkspace) {

    JobLayout {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(temp, "temp");
        Objects.requireNonNull(toolCache, "toolCache");
    }

    static JobLayout of(HostOptions options, String runId, JobKey key) {
        String job = safe(key.jobId()) + key.matrixIndex().stream().mapToObj(i -> "-" + i).findFirst().orElse("");
        Path workspace = options.workspace().orElse(options.workRoot().resolve(safe(runId)).resolve(job));
        return new JobLayout(workspace.toAbsolutePath().normalize(),
                options.tempRoot().resolve(safe(runId)).resolve(job).toAbsolutePath().normalize(),
                options.toolCache().toAbsolutePath().normalize(), options.workspace().isEmpty());
    }

    /** {@code GITHUB_EVENT_PATH}: the event payload as JSON. */
    Path eventFile() {
        return temp.resolve("_github_workflow").resolve("event.json");
    }

    /** Where the env files of the steps go, fresh ones per step. */
    Path fileCommands() {
        return temp.resolve("_runner_file_commands");
    }

    /**
     * Where the step summaries of the job are kept (masked Markdown, appended step by step): beside the runner
     * temp, which is removed at the end of the job, so it outlives it.
     */
    Path summaryFile() {
        return temp.resolveSibling(temp.getFileName() + ".summary.md");
    }

    RunnerInfo runnerInfo(HostOptions options) {
        return new RunnerInfo(options.runnerName(), RunnerInfo.Os.fromOsName(System.getProperty("os.name")),
                RunnerInfo.Arch.fromOsArch(System.getProperty("os.arch")), temp.toString(), toolCache.toString(),
                workspace.toString(), eventFile().toString(), options.debug(), RunnerInfo.SELF_HOSTED);
    }

    /** Creates the directories (an existing workspace is kept as it is). */
    void create() throws IOException {
        Files.createDirectories(workspace);
        Files.createDirectories(toolCache);
        Files.createDirectories(eventFile().getParent());
        Files.createDirectories(fileCommands());
    }

    /** Removes the runner temp, as GitHub empties it after every job. Best effort. */
    void cleanTemp() {
        if (!Files.exists(temp)) {
            return;
        }
        try {
            Files.walkFileTree(temp, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what is left is left: the next run of this job gets other names only if the run id differs
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
