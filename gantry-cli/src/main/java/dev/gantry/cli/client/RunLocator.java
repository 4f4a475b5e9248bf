package dev.gantry.cli.client;

import dev.gantry.api.rest.GantryClient;
import dev.gantry.api.rest.GantryClientException;
import dev.gantry.api.rest.WorkflowJob;
import dev.gantry.api.rest.WorkflowRun;

import java.util.List;
import java.util.Optional;

/**
 * Finds what a command names: a run by its id (ids are global on a Gantry server, so {@code --repo} only checks
 * it), and a job of a run by its id or its name. Blocks for the requests.
 */
final class RunLocator {

    private RunLocator() {
    }

    /** The run {@code id}; refused as unknown when {@code repo} is given and the run is not one of its runs. */
    static WorkflowRun run(GantryClient client, long id, Optional<String> repo) throws GantryClientException {
        WorkflowRun run = client.run(id);
        if (repo.isPresent() && !repo.get().equalsIgnoreCase(run.repository())) {
            throw new GantryClientException.Refused(404, "No run " + id + " in " + repo.get() + ".");
        }
        return run;
    }

    /** The job of {@code jobs} whose id or name is {@code wanted}, else a refusal naming the jobs there are. */
    static WorkflowJob job(WorkflowRun run, List<WorkflowJob> jobs, String wanted) throws GantryClientException {
        Optional<WorkflowJob> found = jobs.stream()
                .filter(job -> Long.toString(job.id()).equals(wanted) || job.name().equals(wanted)).findFirst();
        if (found.isEmpty()) {
            List<String> names = jobs.stream().map(job -> job.name() + " (" + job.id() + ")").toList();
            throw new GantryClientException.Refused(404, "No job \"" + wanted + "\" in run " + run.id()
                    + (names.isEmpty() ? "; it has no jobs." : "; its jobs are " + String.join(", ", names) + "."));
        }
        return found.get();
    }
}
