package dev.gantry.cli.client;

import dev.gantry.api.rest.JobStep;
import dev.gantry.api.rest.WorkflowJob;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live part of {@code runs watch}: given each poll's jobs, prints one line for every job or step whose state
 * changed since the last poll — started, completed with its result — and a count of the jobs done. Not
 * thread-safe: one watcher feeds it.
 */
final class ProgressLog {

    private final PrintWriter out;
    private final Map<String, String> seen = new HashMap<>();
    private int lastDone = -1;

    ProgressLog(PrintWriter out) {
        this.out = out;
    }

    void update(List<WorkflowJob> jobs, Instant now) {
        for (WorkflowJob job : jobs) {
            for (JobStep step : job.steps()) {
                String state = Marks.word(step.status(), step.conclusion());
                if (changed("step " + job.id() + "/" + step.number(), state) && !step.status().equals("queued")) {
                    out.println("  " + Marks.symbol(step.status(), step.conclusion()) + " " + job.name() + " › "
                            + step.name() + (step.status().equals("completed") ? "" : " …"));
                }
            }
            String state = Marks.word(job.status(), job.conclusion());
            if (changed("job " + job.id(), state)) {
                String time = Marks.elapsed(job.startedAt(), job.completedAt(), now);
                out.println(Marks.symbol(job.status(), job.conclusion()) + " " + job.name() + " " + state.replace('_', ' ')
                        + (job.completed() && !time.isEmpty() ? " in " + time : ""));
            }
        }
        int done = (int) jobs.stream().filter(WorkflowJob::completed).count();
        if (done != lastDone && !jobs.isEmpty()) {
            out.println("[" + done + "/" + jobs.size() + " jobs done]");
            lastDone = done;
        }
        out.flush();
    }

    private boolean changed(String key, String state) {
        return !state.equals(seen.put(key, state));
    }
}
