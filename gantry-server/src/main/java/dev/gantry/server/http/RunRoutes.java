package dev.gantry.server.http;

import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunQuery;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.StepStore;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read-only runs routes under {@code /api/v1/repos/{owner}/{repo}/actions}: runs (filtered, paged), one run,
 * its jobs with their steps, a job's log. A run or job of another repository is a 404, like an unknown one.
 * Handlers run on virtual threads and block on the stores.
 */
final class RunRoutes {

    /** Runs read per listing before the filters the store does not apply; listings stop there. */
    static final int LISTING_LIMIT = 10_000;
    private static final int LOG_READ = 1 << 20;

    private final RepositoryStore repositories;
    private final RunStore runs;
    private final JobStore jobs;
    private final StepStore steps;
    private final LogStore logs;

    RunRoutes(RepositoryStore repositories, RunStore runs, JobStore jobs, StepStore steps, LogStore logs) {
        this.repositories = repositories;
        this.runs = runs;
        this.jobs = jobs;
        this.steps = steps;
        this.logs = logs;
    }

    void list(Context ctx) {
        Repository repo = repository(ctx);
        RunFilter filter = RunFilter.of(ctx);
        List<Run> matching = runs.list(new RunQuery(Optional.of(repo.id()), filter.status(), LISTING_LIMIT))
                .stream().filter(filter::accepts).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total_count", matching.size());
        json.put("workflow_runs", filter.page(matching).stream().map(r -> GitHubShapes.run(r, repo)).toList());
        Json.send(ctx, 200, json);
    }

    void view(Context ctx) {
        Repository repo = repository(ctx);
        Json.send(ctx, 200, GitHubShapes.run(run(ctx, repo), repo));
    }

    void jobs(Context ctx) {
        Run run = run(ctx, repository(ctx));
        List<Map<String, Object>> all = runs.jobs(run.id()).stream()
                .map(job -> GitHubShapes.job(job, run, steps.of(job.id()))).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total_count", all.size());
        json.put("jobs", all);
        Json.send(ctx, 200, json);
    }

    /** The whole log of a job as text, from its stored chunks. */
    void log(Context ctx) {
        Repository repo = repository(ctx);
        long id = id(ctx, "id", "job");
        Optional<Job> job = jobs.find(new JobId(id))
                .filter(j -> runs.find(j.run()).filter(r -> r.repository().equals(repo.id())).isPresent());
        if (job.isEmpty()) {
            throw ApiRefusal.notFound("No job " + id + " in " + repo.fullName() + ".");
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        long offset = 0;
        while (true) {
            LogStore.Slice slice = logs.read(job.get().id(), offset, LOG_READ);
            if (slice.data().length == 0) {
                break;
            }
            text.writeBytes(slice.data());
            offset = slice.nextOffset();
        }
        ctx.status(200).contentType("text/plain; charset=utf-8").result(text.toByteArray());
    }

    private Repository repository(Context ctx) {
        String owner = ctx.pathParam("owner");
        String name = ctx.pathParam("repo");
        return repositories.find(owner, name)
                .orElseThrow(() -> ApiRefusal.notFound("No repository " + owner + "/" + name + "."));
    }

    private Run run(Context ctx, Repository repo) {
        long id = id(ctx, "id", "run");
        return runs.find(new RunId(id)).filter(r -> r.repository().equals(repo.id()))
                .orElseThrow(() -> ApiRefusal.notFound("No run " + id + " in " + repo.fullName() + "."));
    }

    private static long id(Context ctx, String param, String what) {
        String value = ctx.pathParam(param);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiRefusal.notFound("No " + what + " \"" + value + "\": ids are numbers.");
        }
    }
}
