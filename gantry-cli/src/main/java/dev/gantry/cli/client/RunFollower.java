package dev.gantry.cli.client;

import dev.gantry.api.rest.GantryClient;
import dev.gantry.api.rest.GantryClientException;
import dev.gantry.api.rest.WorkflowJob;
import dev.gantry.api.rest.WorkflowRun;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Follows a run until it completes, printing each job and step as it starts and ends, then the whole run as
 * {@code runs view} shows it. Used by {@code runs watch} and {@code gantry demo}. Blocks the calling thread.
 */
public final class RunFollower {

    private RunFollower() {}

    /**
     * @return the run as it completed
     * @throws GantryClientException when the server stops answering
     * @throws InterruptedException  when the waiting thread is interrupted
     */
    public static WorkflowRun follow(GantryClient client, WorkflowRun run, Duration interval, PrintWriter out)
            throws GantryClientException, InterruptedException {
        ProgressLog progress = new ProgressLog(out);
        List<WorkflowJob> jobs = client.jobs(run.repository(), run.id());
        while (!run.completed()) {
            progress.update(jobs, Clock.systemUTC().instant());
            out.flush();
            Thread.sleep(interval.toMillis());
            run = client.run(run.id());
            jobs = client.jobs(run.repository(), run.id());
        }
        progress.update(jobs, Clock.systemUTC().instant());
        out.println();
        RunSheet.print(out, run, jobs, Clock.systemUTC().instant());
        out.flush();
        return run;
    }
}
