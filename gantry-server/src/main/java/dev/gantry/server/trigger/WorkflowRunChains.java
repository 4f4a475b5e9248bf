package dev.gantry.server.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.PinnedRevision;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunLedger;
import dev.gantry.server.store.RunSource;
import dev.gantry.server.store.RunStore;
import dev.gantry.workflow.expr.Value;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code workflow_run} chaining: when a run is requested or completes, the repository's workflows that listen for
 * it (by workflow name, activity type and branch, as {@code on.workflow_run} says) are triggered on the default
 * branch with a payload shaped as GitHub's. As on GitHub, a chain is at most three {@code workflow_run} levels
 * deep past the first run. Each event is handled on its own virtual thread; failures are printed, never thrown.
 */
public final class WorkflowRunChains {

    /** GitHub stops chaining past this many {@code workflow_run} levels. */
    static final int MAX_DEPTH = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RepositoryStore repositories;
    private final RunStore runs;
    private final RunLedger ledger;
    private final EventSink sink;
    private final RepositoryContent content;
    private final Supplier<String> serverUrl;
    private final PrintWriter log;

    public WorkflowRunChains(Database db, EventSink sink, RepositoryContent content,
                             Supplier<String> serverUrl, PrintWriter log) {
        this.repositories = new RepositoryStore(db);
        this.runs = new RunStore(db);
        this.ledger = new RunLedger(db);
        this.sink = sink;
        this.content = content;
        this.serverUrl = serverUrl;
        this.log = log;
    }

    /** A run completed: workflows listening for {@code completed} runs of its workflow run. Returns at once. */
    public void completed(RunId run) {
        Thread.ofVirtual().name("workflow_run " + run.value()).start(() -> fire(run, "completed"));
    }

    /** A run was created: workflows listening for {@code requested} runs of its workflow run. Returns at once. */
    public void requested(RunId run) {
        Thread.ofVirtual().name("workflow_run " + run.value()).start(() -> fire(run, "requested"));
    }

    private void fire(RunId id, String action) {
        try {
            Optional<Run> run = runs.find(id);
            Optional<RunSource> source = ledger.source(id);
            if (run.isEmpty() || source.isEmpty() || depth(run.get(), source.get()) >= MAX_DEPTH) {
                return;
            }
            Optional<Repository> repository = repositories.find(run.get().repository());
            if (repository.isEmpty()) {
                return;
            }
            Repository repo = repository.get();
            Event event = new EventBuilder(new PinnedRevision(repo.name(), "", "", repo.defaultBranch()))
                    .build("workflow_run", payload(repo, run.get(), source.get(), action), Map.of());
            sink.receive(repo, event, Optional.empty());
        } catch (RuntimeException e) {
            log.println("gantry server: workflow_run for run " + id.value() + " failed: " + e);
            log.flush();
        }
    }

    /** How many {@code workflow_run} links lead to this run. */
    private int depth(Run run, RunSource source) {
        int depth = 0;
        Run current = run;
        RunSource currentSource = source;
        while (current.event().equals("workflow_run") && depth <= MAX_DEPTH) {
            depth++;
            Optional<Long> parent = parentRun(currentSource);
            if (parent.isEmpty()) {
                break;
            }
            Optional<Run> up = runs.find(new RunId(parent.get()));
            Optional<RunSource> upSource = up.flatMap(r -> ledger.source(r.id()));
            if (up.isEmpty() || upSource.isEmpty()) {
                break;
            }
            current = up.get();
            currentSource = upSource.get();
        }
        return depth;
    }

    private static Optional<Long> parentRun(RunSource source) {
        try {
            JsonNode id = JSON.readTree(source.eventPayload()).path("workflow_run").path("id");
            return id.canConvertToLong() ? Optional.of(id.asLong()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Value.Obj payload(Repository repo, Run run, RunSource source, String action) {
        Value.Obj repository = RepositoryPayload.repository(repo, serverUrl.get(), content.cloneUrl(repo));
        Map<String, Value> workflowRun = new LinkedHashMap<>();
        workflowRun.put("id", new Value.Num(run.id().value()));
        workflowRun.put("name", new Value.Str(workflowName(source, run)));
        workflowRun.put("display_title", new Value.Str(source.title()));
        workflowRun.put("path", new Value.Str(run.workflowPath()));
        workflowRun.put("run_number", new Value.Num(run.runNumber()));
        workflowRun.put("run_attempt", new Value.Num(run.runAttempt()));
        workflowRun.put("event", new Value.Str(run.event()));
        workflowRun.put("status", new Value.Str(run.status().word()));
        workflowRun.put("conclusion", run.conclusion().<Value>map(c -> new Value.Str(c.result())).orElse(Value.NULL));
        workflowRun.put("head_branch", run.headBranch().<Value>map(Value.Str::new).orElse(Value.NULL));
        workflowRun.put("head_sha", new Value.Str(run.headSha()));
        workflowRun.put("actor", RepositoryPayload.sender(run.actor()));
        workflowRun.put("triggering_actor", RepositoryPayload.sender(source.triggeringActor()));
        workflowRun.put("created_at", new Value.Str(run.createdAt().toString()));
        workflowRun.put("updated_at", new Value.Str(run.updatedAt().toString()));
        workflowRun.put("html_url", new Value.Str(serverUrl.get() + "/" + repo.fullName() + "/actions/runs/"
                + run.id().value()));
        workflowRun.put("repository", repository);
        workflowRun.put("head_repository", repository);
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("action", new Value.Str(action));
        out.put("workflow_run", new Value.Obj(workflowRun));
        out.put("workflow", new Value.Obj(Map.of("name", new Value.Str(workflowName(source, run)),
                "path", new Value.Str(run.workflowPath()))));
        out.put("repository", repository);
        out.put("sender", RepositoryPayload.sender(source.triggeringActor()));
        return new Value.Obj(out);
    }

    /** The workflow's {@code name} as written (the title of a run without run-name), else its path. */
    private static String workflowName(RunSource source, Run run) {
        var parsed = dev.gantry.workflow.WorkflowReader.read(run.workflowPath(), source.workflowText());
        return parsed.value().flatMap(dev.gantry.workflow.model.Workflow::name).orElse(run.workflowPath());
    }
}
