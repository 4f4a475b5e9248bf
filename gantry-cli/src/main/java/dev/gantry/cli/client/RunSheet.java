package dev.gantry.cli.client;

import dev.gantry.api.rest.JobStep;
import dev.gantry.api.rest.WorkflowJob;
import dev.gantry.api.rest.WorkflowRun;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

/**
 * A run as {@code runs view} and {@code runs watch} print it: a header (result, branch, workflow, number, id;
 * event, repository, commit, age), the diagnostics of a workflow that could not run, then each job with its
 * result, time and id, and its steps indented under it. Pure: writes what it is given.
 */
final class RunSheet {

    private RunSheet() {
    }

    static void print(PrintWriter out, WorkflowRun run, List<WorkflowJob> jobs, Instant now) {
        out.println(Marks.symbol(run.status(), run.conclusion()) + " " + run.headBranch().orElse("(no branch)") + " "
                + run.title() + " · " + run.workflowFile() + " #" + run.runNumber() + " · " + run.id()
                + (run.runAttempt() > 1 ? " (attempt " + run.runAttempt() + ")" : ""));
        out.println("Triggered via " + run.event() + " " + Marks.age(run.createdAt(), now) + " · " + run.repository()
                + " · " + shortSha(run.headSha()) + " · " + Marks.word(run.status(), run.conclusion())
                + elapsed(run, now));
        if (!run.diagnostics().isEmpty()) {
            out.println();
            out.println("PROBLEMS");
            run.diagnostics().forEach(problem -> out.println("  " + problem));
        }
        out.println();
        out.println("JOBS");
        if (jobs.isEmpty()) {
            out.println("  (none)");
        }
        for (WorkflowJob job : jobs) {
            String time = Marks.elapsed(job.startedAt(), job.completedAt(), now);
            out.println(Marks.symbol(job.status(), job.conclusion()) + " " + job.name()
                    + (time.isEmpty() ? "" : " in " + time) + " (ID " + job.id() + ")"
                    + job.conclusionReason().map(reason -> ": " + reason).orElse(""));
            for (JobStep step : job.steps()) {
                out.println("  " + Marks.symbol(step.status(), step.conclusion()) + " " + step.name());
            }
        }
    }

    private static String elapsed(WorkflowRun run, Instant now) {
        String time = Marks.elapsed(run.runStartedAt(), run.completedAt(), now);
        return time.isEmpty() ? "" : " in " + time;
    }

    static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
