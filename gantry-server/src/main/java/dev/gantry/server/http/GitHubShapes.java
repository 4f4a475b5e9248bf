package dev.gantry.server.http;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunSource;
import dev.gantry.server.store.Step;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored records in the JSON shapes and field names of GitHub's REST API ({@code workflow_runs}, {@code jobs},
 * {@code steps}, repositories). Absent values are JSON null, as GitHub writes them. Pure functions.
 */
final class GitHubShapes {

    private GitHubShapes() {
    }

    static Map<String, Object> repository(Repository repo) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", repo.id().value());
        json.put("name", repo.name());
        json.put("full_name", repo.fullName());
        json.put("owner", Map.of("login", repo.owner()));
        json.put("default_branch", repo.defaultBranch());
        json.put("mirror_url", repo.source() instanceof Repository.Source.Remote remote ? remote.url() : null);
        json.put("created_at", Json.time(repo.createdAt()));
        return json;
    }

    static Map<String, Object> run(Run run, Repository repo, Optional<RunSource> source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.id().value());
        String file = run.workflowPath().substring(run.workflowPath().lastIndexOf('/') + 1);
        json.put("name", source.map(RunSource::workflowName).orElse(file));
        json.put("display_title", source.map(RunSource::title).orElse(file));
        json.put("path", run.workflowPath());
        json.put("head_branch", run.headBranch().orElse(null));
        json.put("head_sha", run.headSha());
        json.put("run_number", run.runNumber());
        json.put("run_attempt", run.runAttempt());
        json.put("event", run.event());
        json.put("status", run.status().word());
        json.put("conclusion", run.conclusion().map(Conclusion::result).orElse(null));
        json.put("conclusion_reason", run.conclusion().flatMap(GitHubShapes::reason).orElse(null));
        json.put("actor", Map.of("login", run.actor()));
        json.put("created_at", Json.time(run.createdAt()));
        json.put("updated_at", Json.time(run.updatedAt()));
        json.put("run_started_at", Json.time(run.startedAt()));
        json.put("completed_at", Json.time(run.completedAt()));
        json.put("diagnostics", run.diagnostics());
        json.put("repository", repository(repo));
        return json;
    }

    static Map<String, Object> job(Job job, Run run, List<Step> steps) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", job.id().value());
        json.put("run_id", job.run().value());
        json.put("run_attempt", job.runAttempt());
        json.put("workflow_name", run.workflowPath());
        json.put("head_branch", run.headBranch().orElse(null));
        json.put("head_sha", run.headSha());
        json.put("name", job.name());
        json.put("status", job.status().word());
        json.put("conclusion", job.conclusion().map(Conclusion::result).orElse(null));
        json.put("conclusion_reason", job.conclusion().flatMap(GitHubShapes::reason).orElse(null));
        json.put("created_at", Json.time(job.createdAt()));
        json.put("started_at", Json.time(job.startedAt()));
        json.put("completed_at", Json.time(job.completedAt()));
        json.put("labels", job.runsOn());
        json.put("steps", steps.stream().map(GitHubShapes::step).toList());
        return json;
    }

    static Map<String, Object> step(Step step) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", step.name());
        json.put("status", step.status().word());
        json.put("conclusion", step.conclusion().map(c -> c.word()).orElse(null));
        json.put("number", step.number());
        json.put("started_at", Json.time(step.startedAt()));
        json.put("completed_at", Json.time(step.completedAt()));
        return json;
    }

    /** Why a run or job ended as it did (Gantry's addition to GitHub's shapes); none for a success. */
    private static Optional<String> reason(Conclusion conclusion) {
        return switch (conclusion) {
            case Conclusion.Success s -> Optional.empty();
            case Conclusion.Failure f -> Optional.of(f.reason()).filter(r -> !r.isBlank());
            case Conclusion.Cancelled c -> Optional.of(c.reason()).filter(r -> !r.isBlank());
            case Conclusion.Skipped s -> Optional.of(s.why()).filter(r -> !r.isBlank());
        };
    }
}
