package dev.gantry.server.http;

import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RunStore;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/repos/{owner}/{repo}/actions/workflows}: the workflow files of a repository known from its
 * runs (a workflow that never ran is not listed yet), by path, in GitHub's {@code workflows} shape. Handlers run on
 * virtual threads and block on the stores.
 */
final class WorkflowRoutes {

    private final PathResources paths;
    private final RunStore runs;

    WorkflowRoutes(PathResources paths, RunStore runs) {
        this.paths = paths;
        this.runs = runs;
    }

    void list(Context ctx) {
        Repository repo = paths.repository(ctx);
        List<Map<String, Object>> workflows = runs.workflowPaths(repo.id()).stream().map(WorkflowRoutes::workflow)
                .toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total_count", workflows.size());
        json.put("workflows", workflows);
        Json.send(ctx, 200, json);
    }

    private static Map<String, Object> workflow(String path) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", path.substring(path.lastIndexOf('/') + 1));
        json.put("path", path);
        json.put("state", "active");
        return json;
    }
}
