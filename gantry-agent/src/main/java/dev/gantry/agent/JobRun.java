package dev.gantry.agent;

import dev.gantry.api.agent.AgentClient;
import dev.gantry.api.agent.Assignment;
import dev.gantry.api.agent.Completion;
import dev.gantry.api.agent.JobSpec;
import dev.gantry.api.agent.Reply;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One assigned job, from start to report, on the calling (virtual) thread: heartbeats on their own thread, the
 * repository fetched into the cache, an executor from the {@link ExecutorFactory} working in a fresh job folder
 * (deleted afterwards), step states and log lines streamed through a {@link JobOutbox}, and the completion sent
 * once the last log chunk was acknowledged — retried while the server is unreachable. A lost lease (409) stops the
 * job and reports nothing. Never throws.
 */
final class JobRun {

    /** What the agent needs to run jobs, shared by all of them. */
    record Tools(AgentClient client, RepositoryCache repositories, ExecutorFactory executors, Path jobsRoot,
                 Duration heartbeat, PrintWriter console) {}

    private final Tools tools;
    private final Assignment assignment;

    JobRun(Tools tools, Assignment assignment) {
        this.tools = tools;
        this.assignment = assignment;
    }

    void run() {
        JobSpec spec = assignment.spec();
        tools.console().printf("Running job %d: %s (%s, run %d)%n", assignment.jobId(), spec.displayName(),
                spec.repository().fullName(), spec.runId());
        tools.console().flush();
        Path jobFolder = tools.jobsRoot().resolve(Long.toString(assignment.jobId()));
        Heartbeats heartbeats = Heartbeats.start(tools.client(), assignment, Thread.currentThread(),
                tools.heartbeat());
        JobOutbox outbox = JobOutbox.start(tools.client(), assignment);
        try {
            JobResultOrReason outcome;
            try {
                outcome = execute(spec, jobFolder, outbox);
            } finally {
                heartbeats.jobEnded();
                Thread.interrupted();
                delete(jobFolder);
            }
            if (heartbeats.lost()) {
                outbox.abandon();
                tools.console().printf("Job %d was taken back by the server (its lease was lost); not reported.%n",
                        assignment.jobId());
                return;
            }
            if (outbox.finish() && !heartbeats.lost()) {
                report(outcome);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            heartbeats.close();
            delete(jobFolder);
            tools.console().flush();
        }
    }

    /** How the job ended, with its outputs. */
    private record JobResultOrReason(Conclusion conclusion, Map<String, String> outputs) {}

    private JobResultOrReason execute(JobSpec spec, Path jobFolder, JobOutbox outbox) {
        RepositoryCache.Fetch fetch = tools.repositories().fetch(spec);
        if (fetch instanceof RepositoryCache.Fetch.Failed failed) {
            return refused(outbox, failed.reason());
        }
        Path bare = ((RepositoryCache.Fetch.Fetched) fetch).bareRepository();
        Path workspace = jobFolder.resolve("workspace");
        try {
            delete(jobFolder);
            Files.createDirectories(workspace);
        } catch (IOException e) {
            return refused(outbox, "cannot create the job folder " + jobFolder + ": " + e.getMessage());
        }
        try (ExecutorFactory.Prepared prepared = tools.executors().executor(spec, bare, jobFolder, workspace);
             PinnedSource source = new PinnedSource(spec, bare)) {
            return switch (JobRequests.build(spec, source, tools.client().server(), prepared.runner())) {
                case JobRequests.Built.Refused refused -> refused(outbox, refused.reason());
                case JobRequests.Built.Ready ready -> {
                    JobResult result = prepared.executor().execute(ready.request(), outbox);
                    yield new JobResultOrReason(result.conclusion(), result.outputs());
                }
            };
        } catch (InterruptedException e) {
            return new JobResultOrReason(new Conclusion.Cancelled("the job was cancelled before it started"), Map.of());
        } catch (IOException | RuntimeException e) {
            return refused(outbox, "the agent could not run the job: " + e.getMessage());
        }
    }

    private JobResultOrReason refused(JobOutbox outbox, String reason) {
        outbox.line("##[error]" + reason);
        return new JobResultOrReason(new Conclusion.Failure(reason), Map.of());
    }

    private void report(JobResultOrReason outcome) throws InterruptedException {
        String reason = switch (outcome.conclusion()) {
            case Conclusion.Success s -> "";
            case Conclusion.Failure f -> f.reason();
            case Conclusion.Cancelled c -> c.reason();
            case Conclusion.Skipped s -> s.why();
        };
        Completion completion = new Completion(assignment.fencingToken(), outcome.conclusion().result(), reason,
                outcome.outputs());
        Backoff backoff = new Backoff(Duration.ofSeconds(5));
        while (true) {
            switch (tools.client().complete(assignment.jobId(), completion)) {
                case Reply.Unreachable<?> u -> backoff.pause();
                case Reply.Refused<?> r -> {
                    tools.console().printf("Job %d: the server refused its result: %s%n", assignment.jobId(),
                            r.message());
                    return;
                }
                default -> {
                    tools.console().printf("Job %d: %s%n", assignment.jobId(), outcome.conclusion().result());
                    return;
                }
            }
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // A leftover job folder is removed when a job with the same id runs again.
        }
    }
}
