package dev.gantry.server.http;

import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunStore;
import io.javalin.http.Context;

/**
 * The stored things a request path names — {@code {owner}/{repo}}, a run {@code {id}}, a job {@code {job_id}} —
 * or a 404 refusal naming what is missing. A run or job of another repository is missing too. Blocks on the
 * stores; thread-safe.
 */
final class PathResources {

    private final RepositoryStore repositories;
    private final RunStore runs;
    private final JobStore jobs;

    PathResources(RepositoryStore repositories, RunStore runs, JobStore jobs) {
        this.repositories = repositories;
        this.runs = runs;
        this.jobs = jobs;
    }

    /** The repository of {@code {owner}/{repo}}. */
    Repository repository(Context ctx) {
        String owner = ctx.pathParam("owner");
        String name = ctx.pathParam("repo");
        return repositories.find(owner, name)
                .orElseThrow(() -> ApiRefusal.notFound("No repository " + owner + "/" + name + "."));
    }

    /** The run {@code {param}} of {@code repo}. */
    Run run(Context ctx, String param, Repository repo) {
        long id = id(ctx, param, "run");
        return runs.find(new RunId(id)).filter(r -> r.repository().equals(repo.id()))
                .orElseThrow(() -> ApiRefusal.notFound("No run " + id + " in " + repo.fullName() + "."));
    }

    /** The run {@code {param}}, of whichever repository, with that repository. */
    RunOf run(Context ctx, String param) {
        long id = id(ctx, param, "run");
        return runs.find(new RunId(id))
                .flatMap(run -> repositories.find(run.repository()).map(repo -> new RunOf(run, repo)))
                .orElseThrow(() -> ApiRefusal.notFound("No run " + id + "."));
    }

    /** The job {@code {param}} of a run of {@code repo}. */
    Job job(Context ctx, String param, Repository repo) {
        long id = id(ctx, param, "job");
        return jobs.find(new JobId(id))
                .filter(j -> runs.find(j.run()).filter(r -> r.repository().equals(repo.id())).isPresent())
                .orElseThrow(() -> ApiRefusal.notFound("No job " + id + " in " + repo.fullName() + "."));
    }

    /** A run with its repository. */
    record RunOf(Run run, Repository repository) {}

    private static long id(Context ctx, String param, String what) {
        String value = ctx.pathParam(param);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiRefusal.notFound("No " + what + " \"" + value + "\": ids are numbers.");
        }
    }
}
