package dev.gantry.server.http;

import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunQuery;
import dev.gantry.server.store.RunLedger;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.StepStore;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The read-only runs routes: under {@code /api/v1/repos/{owner}/{repo}/actions} the runs (filtered and paged by the
 * database), one run, its jobs with their steps; and, since run ids are global in Gantry, {@code GET /api/v1/runs}
 * (the runs of every repository, same filters) and {@code GET /api/v1/runs/{id}}. A run of another repository is
 * a 404, like an unknown one. Handlers run on virtual threads and block on the stores.
 */
final class RunRoutes {

    private final PathResources paths;
    private final RepositoryStore repositories;
    private final RunStore runs;
    private final StepStore steps;
    private final RunLedger ledger;

    RunRoutes(PathResources paths, RepositoryStore repositories, RunStore runs, StepStore steps, RunLedger ledger) {
        this.paths = paths;
        this.repositories = repositories;
        this.runs = runs;
        this.steps = steps;
        this.ledger = ledger;
    }

    void list(Context ctx) {
        Repository repo = paths.repository(ctx);
        send(ctx, RunFilter.of(ctx).page(Optional.of(repo.id())), run -> repo);
    }

    /** {@code GET /api/v1/runs}: the runs of every repository, newest first, with {@code list}'s filters. */
    void listAll(Context ctx) {
        Map<Long, Repository> byId = new LinkedHashMap<>();
        repositories.list().forEach(repo -> byId.put(repo.id().value(), repo));
        send(ctx, RunFilter.of(ctx).page(Optional.empty()), run -> byId.computeIfAbsent(run.repository().value(),
                id -> repositories.find(run.repository()).orElseThrow()));
    }

    void view(Context ctx) {
        Repository repo = paths.repository(ctx);
        Json.send(ctx, 200, shape(paths.run(ctx, "id", repo), repo));
    }

    /** {@code GET /api/v1/runs/{id}}: a run by its global id. */
    void viewAny(Context ctx) {
        PathResources.RunOf found = paths.run(ctx, "id");
        Json.send(ctx, 200, shape(found.run(), found.repository()));
    }

    void jobs(Context ctx) {
        Run run = paths.run(ctx, "id", paths.repository(ctx));
        List<Map<String, Object>> all = runs.jobs(run.id()).stream()
                .map(job -> GitHubShapes.job(job, run, steps.of(job.id()))).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total_count", all.size());
        json.put("jobs", all);
        Json.send(ctx, 200, json);
    }

    private void send(Context ctx, RunQuery query, Function<Run, Repository> repositoryOf) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total_count", runs.count(query));
        json.put("workflow_runs", runs.list(query).stream().map(r -> shape(r, repositoryOf.apply(r)))
                .toList());
        Json.send(ctx, 200, json);
    }

    private Map<String, Object> shape(Run run, Repository repo) {
        return GitHubShapes.run(run, repo, ledger.source(run.id()));
    }
}
