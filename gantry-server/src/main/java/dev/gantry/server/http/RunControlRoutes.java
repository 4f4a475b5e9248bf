package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.server.run.RunControl;
import dev.gantry.server.run.RunControl.Outcome;
import dev.gantry.server.run.RunControl.RerunScope;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run control routes, GitHub's shapes and statuses, handing over to {@link RunControl}:
 * <ul>
 *   <li>{@code POST …/actions/runs/{id}/cancel} → 202</li>
 *   <li>{@code POST …/actions/runs/{id}/rerun} and {@code …/rerun-failed-jobs} → 201</li>
 *   <li>{@code POST …/actions/jobs/{job_id}/rerun} → 201 (the job and the jobs that need it)</li>
 *   <li>{@code POST …/actions/workflows/{workflow_id}/dispatches {"ref", "inputs"?, "return_run_details"?}} → 204,
 *       or 200 with the run's id when {@code return_run_details} is true; {@code workflow_id} is the file name
 *       ({@code ci.yml}) or the path ({@code .github/workflows/ci.yml})</li>
 * </ul>
 * A run or job of another repository is a 404 before the control is asked. Outcomes map to statuses: not found
 * 404, refused with the status it carries (409 for the run's state, 422 for inputs). The actor is the name of the
 * request's token. Registered as an {@link ApiModule} by whoever owns the {@link RunControl}; handlers run on
 * virtual threads and block until the control has stored the change.
 */
public final class RunControlRoutes implements ApiModule {

    private static final String ACTIONS = "/api/v1/repos/{owner}/{repo}/actions";
    private static final String WORKFLOWS_DIR = ".github/workflows/";

    private final RunControl control;
    private final PathResources paths;

    private RunControlRoutes(RunControl control, PathResources paths) {
        this.control = control;
        this.paths = paths;
    }

    /** The routes over {@code db}'s stores, controlling runs through {@code control}. */
    public static RunControlRoutes of(Database db, RunControl control) {
        return new RunControlRoutes(control,
                new PathResources(new RepositoryStore(db), new RunStore(db), new JobStore(db)));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(ACTIONS + "/runs/{id}/cancel", this::cancel);
        routes.post(ACTIONS + "/runs/{id}/rerun", ctx -> rerun(ctx, new RerunScope.All()));
        routes.post(ACTIONS + "/runs/{id}/rerun-failed-jobs", ctx -> rerun(ctx, new RerunScope.Failed()));
        routes.post(ACTIONS + "/jobs/{job_id}/rerun", this::rerunJob);
        routes.post(ACTIONS + "/workflows/{workflow_id}/dispatches", this::dispatch);
    }

    private void cancel(Context ctx) {
        Run run = paths.run(ctx, "id", paths.repository(ctx));
        answer(ctx, control.cancel(run.id(), Actor.of(ctx)), 202);
    }

    private void rerun(Context ctx, RerunScope scope) {
        Run run = paths.run(ctx, "id", paths.repository(ctx));
        answer(ctx, control.rerun(run.id(), scope, Actor.of(ctx)), 201);
    }

    private void rerunJob(Context ctx) {
        Job job = paths.job(ctx, "job_id", paths.repository(ctx));
        answer(ctx, control.rerun(job.run(), new RerunScope.Job(job.key()), Actor.of(ctx)), 201);
    }

    private void dispatch(Context ctx) {
        Repository repo = paths.repository(ctx);
        String workflow = ctx.pathParam("workflow_id");
        if (workflow.isBlank() || workflow.contains("..")) {
            throw ApiRefusal.notFound("No workflow \"" + workflow + "\" in " + repo.fullName() + ".");
        }
        DispatchRequest request = DispatchRequest.of(Json.object(ctx));
        String path = workflow.contains("/") ? workflow : WORKFLOWS_DIR + workflow;
        Outcome outcome = control.dispatch(repo, path, request.ref(), request.inputs(), Actor.of(ctx));
        if (outcome instanceof Outcome.Done done && request.returnRunDetails() && !done.runs().isEmpty()) {
            RunId run = done.runs().getFirst();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("workflow_run_id", run.value());
            json.put("run_url", "/api/v1/repos/" + repo.fullName() + "/actions/runs/" + run.value());
            Json.send(ctx, 200, json);
            return;
        }
        answer(ctx, outcome, 204);
    }

    private static void answer(Context ctx, Outcome outcome, int doneStatus) {
        switch (outcome) {
            case Outcome.Done done when doneStatus == 204 -> ctx.status(204);
            case Outcome.Done done -> Json.send(ctx, doneStatus, Map.of());
            case Outcome.NotFound notFound -> throw ApiRefusal.notFound(notFound.message());
            case Outcome.Refused refused -> throw new ApiRefusal(refused.status(), refused.message());
        }
    }

    /** The body of a dispatch: {@code ref} (required), {@code inputs} (strings), {@code return_run_details}. */
    private record DispatchRequest(String ref, Map<String, String> inputs, boolean returnRunDetails) {

        static DispatchRequest of(JsonNode body) {
            JsonNode ref = body.get("ref");
            if (ref == null || ref.isNull()) {
                throw ApiRefusal.unprocessable("The field \"ref\" is missing: name the branch or tag to run.");
            }
            if (!ref.isTextual() || ref.asText().isBlank()) {
                throw ApiRefusal.unprocessable("The field \"ref\" must be a branch or tag name.");
            }
            Map<String, String> inputs = new LinkedHashMap<>();
            JsonNode given = body.path("inputs");
            if (!given.isMissingNode() && !given.isNull()) {
                if (!given.isObject()) {
                    throw ApiRefusal.unprocessable("The field \"inputs\" must be an object of input names to values.");
                }
                given.properties().forEach(input -> inputs.put(input.getKey(), text(input.getKey(), input.getValue())));
            }
            return new DispatchRequest(ref.asText(), inputs, body.path("return_run_details").asBoolean(false));
        }

        private static String text(String name, JsonNode value) {
            if (value.isContainerNode() || value.isNull()) {
                throw ApiRefusal.unprocessable("The input \"" + name + "\" must be a string, number or boolean.");
            }
            return value.asText();
        }
    }
}
