package dev.gantry.server.trigger;

import dev.gantry.engine.context.ContextAssembler;
import dev.gantry.engine.context.Problem;
import dev.gantry.engine.context.RunInfo;
import dev.gantry.engine.context.RunnerInfo;
import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.PinnedRevision;
import dev.gantry.engine.event.Revision;
import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.audit.Subject;
import dev.gantry.server.run.RunControl;
import dev.gantry.server.run.RunCoordinator;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Repository;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.expr.Value;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RunControl} for the API: cancelling and re-running go to the {@link RunCoordinator}; a dispatch becomes a
 * {@code workflow_dispatch} event for one workflow at the ref's commit, through the {@link RunIntake}. Thread-safe.
 */
public final class ServerRunControl implements RunControl {

    private final RunCoordinator coordinator;
    private final RunIntake intake;
    private final RepositoryContent content;
    private final Supplier<String> serverUrl;
    private final AuditLog audit;

    /** What is done (cancelled, re-run, dispatched) is recorded in {@code audit} with its actor, right after. */
    public ServerRunControl(RunCoordinator coordinator, RunIntake intake, RepositoryContent content,
                            Supplier<String> serverUrl, AuditLog audit) {
        this.coordinator = coordinator;
        this.intake = intake;
        this.content = content;
        this.serverUrl = serverUrl;
        this.audit = audit;
    }

    @Override
    public Outcome cancel(RunId run, String actor) {
        return recorded(coordinator.cancel(run, "The run was cancelled."), actor, AuditAction.RUN_CANCELLED,
                Subject.run(run.value()), Map.of());
    }

    @Override
    public Outcome rerun(RunId run, RerunScope scope, String actor) {
        String scopeName = switch (scope) {
            case RerunScope.All all -> "all";
            case RerunScope.Failed failed -> "failed";
            case RerunScope.Job job -> "job " + job.jobKey();
        };
        return recorded(coordinator.rerun(run, scope, actor), actor, AuditAction.RUN_RERUN, Subject.run(run.value()),
                Map.of("scope", scopeName));
    }

    private Outcome recorded(Outcome outcome, String actor, AuditAction action, Subject subject,
                             Map<String, ?> details) {
        if (outcome instanceof Outcome.Done) {
            audit.record(actor, action, subject, details);
        }
        return outcome;
    }

    @Override
    public Outcome dispatch(Repository repository, String workflowPath, String ref, Map<String, String> inputs,
                            String actor) {
        String path = workflowPath.contains("/") ? workflowPath : ".github/workflows/" + workflowPath;
        String named = ref.isBlank() ? repository.defaultBranch() : ref;
        Optional<String> sha = content.resolve(repository, named);
        if (sha.isEmpty()) {
            return new Outcome.NotFound("No ref found for: " + named);
        }
        String fullRef = named.startsWith("refs/") ? named
                : content.resolve(repository, "refs/tags/" + named).isPresent()
                        && content.resolve(repository, "refs/heads/" + named).isEmpty()
                        ? Revision.tagRef(named) : Revision.branchRef(named);
        Map<String, Value> payload = new LinkedHashMap<>();
        payload.put("ref", new Value.Str(fullRef));
        Map<String, Value> given = new LinkedHashMap<>();
        inputs.forEach((k, v) -> given.put(k, new Value.Str(v)));
        payload.put("inputs", new Value.Obj(given));
        payload.put("workflow", new Value.Str(path));
        payload.put("repository", RepositoryPayload.repository(repository, serverUrl.get(),
                content.cloneUrl(repository)));
        payload.put("sender", RepositoryPayload.sender(actor));
        Event event = new EventBuilder(new PinnedRevision(repository.name(), sha.get(), fullRef,
                repository.defaultBranch())).build("workflow_dispatch", new Value.Obj(payload), Map.of());
        Optional<String> badInputs = inputProblems(repository, sha.get(), path, event);
        if (badInputs.isPresent()) {
            return new Outcome.Refused(422, badInputs.get());
        }
        EventSink.Received received = intake.receive(repository, event, Optional.of(path));
        if (received.runs().isEmpty()) {
            String why = String.join("; ", received.notes());
            return why.contains("has no workflow") ? new Outcome.NotFound(why)
                    : new Outcome.Refused(422, why.contains("not triggered by workflow_dispatch")
                            ? "Workflow does not have 'workflow_dispatch' trigger: " + why : why);
        }
        return recorded(new Outcome.Done(received.runs()), actor, AuditAction.WORKFLOW_DISPATCHED,
                Subject.repository(repository.fullName()), Map.of("workflow", path, "ref", fullRef, "inputs",
                        inputs.keySet().stream().sorted().toList(), "runs",
                        received.runs().stream().map(RunId::value).toList()));
    }

    /**
     * The problems of the given inputs against the workflow's {@code workflow_dispatch} inputs (a missing required
     * one, a value not of its type or not among its options), checked as the run's contexts will be; empty when
     * they fit, or when the workflow cannot be read (the run then fails with the workflow's own diagnostics).
     */
    private Optional<String> inputProblems(Repository repository, String sha, String path, Event event) {
        if (!(content.workflows(repository, sha) instanceof RepositoryContent.Listing.Files files)) {
            return Optional.empty();
        }
        return files.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .flatMap(RepositoryContent.WorkflowFile::text)
                .flatMap(text -> WorkflowReader.read(path, text).value())
                .flatMap(workflow -> {
                    var run = RunInfo.of("0", 1, path, workflow);
                    var setup = new ContextAssembler.RunSetup(path, workflow, event, run, Map.of(), Map.of());
                    String first = workflow.jobs().keySet().stream().findFirst().orElse("");
                    var runner = new RunnerInfo("gantry", RunnerInfo.Os.LINUX, RunnerInfo.Arch.X64, "", "", "", "",
                            false, "self-hosted");
                    return ContextAssembler.assemble(setup, ContextAssembler.JobSetup.single(first, Map.of(), runner))
                            instanceof ContextAssembler.Result.Invalid invalid
                            ? Optional.of(String.join("; ", invalid.problems().stream().map(Problem::render).toList()))
                            : Optional.<String>empty();
                });
    }
}
