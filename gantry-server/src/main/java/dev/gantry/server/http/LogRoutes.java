package dev.gantry.server.http;

import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunStore;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Logs as text downloads: {@code GET …/actions/jobs/{id}/logs} (one job's whole log) and {@code GET
 * …/actions/runs/{id}/logs} (the logs of every job of the run's current attempt, in creation order, each after a
 * header line {@code ==> NAME (job ID) <==}). GitHub sends a zip for the run; Gantry sends the text, so that
 * {@code curl} and a terminal read it directly. Handlers run on virtual threads and block on the stores.
 */
final class LogRoutes {

    /** The header line before each job's log in a run's log. */
    static String header(String jobName, long jobId) {
        return "==> " + jobName + " (job " + jobId + ") <==\n";
    }

    private static final int LOG_READ = 1 << 20;

    private final PathResources paths;
    private final RunStore runs;
    private final LogStore logs;

    LogRoutes(PathResources paths, RunStore runs, LogStore logs) {
        this.paths = paths;
        this.runs = runs;
        this.logs = logs;
    }

    void job(Context ctx) {
        Job job = paths.job(ctx, "id", paths.repository(ctx));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        append(job.id(), text);
        sendText(ctx, text);
    }

    void run(Context ctx) {
        Repository repo = paths.repository(ctx);
        Run run = paths.run(ctx, "id", repo);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (Job job : runs.jobs(run.id())) {
            if (text.size() > 0) {
                text.write('\n');
            }
            text.writeBytes(header(job.name(), job.id().value()).getBytes(StandardCharsets.UTF_8));
            if (append(job.id(), text) != '\n') {
                text.write('\n');
            }
        }
        sendText(ctx, text);
    }

    /** Appends a job's whole log to {@code text}; returns its last byte, or '\n' for an empty log. */
    private int append(JobId job, ByteArrayOutputStream text) {
        long offset = 0;
        int last = '\n';
        while (true) {
            LogStore.Slice slice = logs.read(job, offset, LOG_READ);
            if (slice.data().length == 0) {
                return last;
            }
            last = slice.data()[slice.data().length - 1];
            text.writeBytes(slice.data());
            offset = slice.nextOffset();
        }
    }

    private static void sendText(Context ctx, ByteArrayOutputStream text) {
        ctx.status(200).contentType("text/plain; charset=utf-8").result(text.toByteArray());
    }
}
