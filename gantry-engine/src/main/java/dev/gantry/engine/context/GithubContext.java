package dev.gantry.engine.context;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.Payload;
import dev.gantry.engine.event.PullRequest;
import dev.gantry.engine.event.WorkflowCall;
import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@code github} context of a job from the event, the run and the runner. Ids are strings, as on
 * GitHub ({@code run_id}, {@code run_number}, {@code repository_id}…); {@code ref_protected} is a boolean (always
 * false: a local repository has no branch protection).
 *
 * <p>Step-level members are the executor's to set per step: {@code action} (empty here), {@code action_path},
 * {@code action_ref}, {@code action_repository}, {@code action_status}, and the per-step files {@code env},
 * {@code path}, {@code output}, {@code state}, {@code step_summary}.
 */
public final class GithubContext {

    private GithubContext() {}

    /**
     * @param token the value of {@code github.token}: the {@code GITHUB_TOKEN} secret when one was given, else
     *              empty (a local run has no GitHub to authenticate to)
     */
    public static Value.Obj of(Event event, RunInfo run, String jobId, RunnerInfo runner, String token) {
        Payload payload = new Payload(event.payload());
        String ref = event.revision().ref();
        String sha = event.revision().sha();
        String repository = payload.string("repository", "full_name").orElse("");
        Map<String, Value> out = new LinkedHashMap<>();
        put(out, "action", "");
        put(out, "actor", event.actor());
        put(out, "actor_id", payload.text("sender", "id").orElse(""));
        put(out, "api_url", run.server().apiUrl());
        put(out, "base_ref", event instanceof PullRequest pr ? pr.base().ref() : "");
        out.put("event", event.payload());
        put(out, "event_name", event instanceof WorkflowCall call ? call.shownName() : event.name());
        put(out, "event_path", runner.eventPath());
        put(out, "graphql_url", run.server().graphqlUrl());
        put(out, "head_ref", event instanceof PullRequest pr ? pr.head().ref() : "");
        put(out, "job", jobId);
        put(out, "ref", ref);
        put(out, "ref_name", refName(ref));
        out.put("ref_protected", Value.FALSE);
        put(out, "ref_type", refType(ref));
        put(out, "repository", repository);
        put(out, "repository_id", payload.text("repository", "id").orElse(""));
        put(out, "repository_owner", payload.string("repository", "owner", "login")
                .orElse(repository.contains("/") ? repository.substring(0, repository.indexOf('/')) : ""));
        put(out, "repository_owner_id", payload.text("repository", "owner", "id").orElse(""));
        put(out, "repositoryUrl", "git://%s/%s.git".formatted(run.server().host(), repository));
        put(out, "retention_days", Integer.toString(run.retentionDays()));
        put(out, "run_id", run.runId());
        put(out, "run_number", Long.toString(run.runNumber()));
        put(out, "run_attempt", Integer.toString(run.runAttempt()));
        put(out, "secret_source", "Actions");
        put(out, "server_url", run.server().serverUrl());
        put(out, "sha", sha);
        put(out, "token", token);
        put(out, "triggering_actor", run.triggeringActor().orElse(event.actor()));
        put(out, "workflow", run.workflowName());
        put(out, "workflow_ref", "%s/%s@%s".formatted(repository, run.workflowPath(), ref));
        put(out, "workflow_sha", sha);
        put(out, "workspace", runner.workspace());
        return new Value.Obj(out);
    }

    /** {@code main} for {@code refs/heads/main}, {@code v1} for a tag, {@code 7/merge} for a pull request. */
    static String refName(String ref) {
        for (String prefix : new String[] {"refs/heads/", "refs/tags/", "refs/pull/"}) {
            if (ref.startsWith(prefix)) {
                return ref.substring(prefix.length());
            }
        }
        return ref;
    }

    /** {@code branch} (pull request refs too, as on GitHub), {@code tag}, or empty for anything else. */
    static String refType(String ref) {
        if (ref.startsWith("refs/tags/")) {
            return "tag";
        }
        return ref.startsWith("refs/heads/") || ref.startsWith("refs/pull/") ? "branch" : "";
    }

    private static void put(Map<String, Value> out, String key, String value) {
        out.put(key, new Value.Str(value));
    }
}
