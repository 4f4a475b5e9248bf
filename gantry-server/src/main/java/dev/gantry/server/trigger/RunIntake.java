package dev.gantry.server.trigger;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.Push;
import dev.gantry.engine.event.WorkflowDispatch;
import dev.gantry.engine.trigger.MatchResult;
import dev.gantry.engine.trigger.TriggerMatcher;
import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.audit.Subject;
import dev.gantry.server.run.RunCoordinator;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.NewRun;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RunLedger;
import dev.gantry.server.store.RunSource;
import dev.gantry.server.store.RunStore;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.diag.Severity;
import dev.gantry.workflow.expr.ValueJson;
import dev.gantry.workflow.model.Workflow;
import dev.gantry.engine.exec.Conclusion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link EventSink}: reads the workflows at the event's commit, creates a run for each one the event
 * triggers (stored with the workflow's text and the event's payload, so it can be planned again after a restart)
 * and hands it to the {@link RunCoordinator}. A workflow file that cannot be read becomes a run created failed with
 * its diagnostics, for a push (as GitHub shows "Invalid workflow file") or when it was named. Thread-safe.
 */
public final class RunIntake implements EventSink {

    private final RepositoryContent content;
    private final RunLedger ledger;
    private final RunCoordinator coordinator;
    private final AuditLog audit;
    private final java.util.List<java.util.function.Consumer<RunId>> creationWatchers =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<java.util.function.BiConsumer<Repository, Map<String, Workflow>>> branchWatchers =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Each run created is recorded in {@code audit} ({@code run.triggered}) right after it is stored. */
    public RunIntake(Database db, RepositoryContent content, RunCoordinator coordinator, AuditLog audit) {
        this.content = content;
        this.ledger = new RunLedger(db);
        this.coordinator = coordinator;
        this.audit = audit;
    }

    /**
     * Calls {@code watcher} with the workflows read at the new head of a repository's default branch after each
     * push to it (so schedules follow the default branch, as on GitHub). Workflows that cannot be read are left out.
     */
    public void onDefaultBranchPush(java.util.function.BiConsumer<Repository, Map<String, Workflow>> watcher) {
        branchWatchers.add(watcher);
    }

    /** Calls {@code watcher} with each run created from now on, after it is stored (on the creating thread). */
    public void onRunCreated(java.util.function.Consumer<RunId> watcher) {
        creationWatchers.add(watcher);
    }

    @Override
    public Received receive(Repository repository, Event event, Optional<String> workflowPath) {
        return receive(repository, event, workflowPath, java.util.Set.of());
    }

    /**
     * An event received before a restart and perhaps partly handled: as {@link #receive}, but workflows that
     * already have a run for it (same event and commit, created since it was received) are left alone.
     */
    public Received receiveAgain(Repository repository, Event event, java.time.Instant receivedAt) {
        return receive(repository, event, Optional.empty(), ledger.workflowsRunSince(repository.id(), event.name(),
                event.revision().sha(), receivedAt));
    }

    private Received receive(Repository repository, Event event, Optional<String> workflowPath,
                             java.util.Set<String> done) {
        List<String> notes = new ArrayList<>();
        String sha = event.revision().sha();
        if (sha.isBlank()) {
            Optional<String> resolved = content.resolve(repository, event.revision().ref().isBlank()
                    ? repository.defaultBranch() : event.revision().ref());
            if (resolved.isEmpty()) {
                return new Received(List.of(), List.of("%s has no commit on %s".formatted(repository.fullName(),
                        event.revision().ref().isBlank() ? repository.defaultBranch() : event.revision().ref())));
            }
            sha = resolved.get();
        }
        List<RepositoryContent.WorkflowFile> files = switch (content.workflows(repository, sha)) {
            case RepositoryContent.Listing.MissingCommit missing -> {
                notes.add(missing.message());
                yield List.of();
            }
            case RepositoryContent.Listing.Files f -> f.files();
        };
        if (event instanceof Push push && !push.deleted()
                && push.ref().equals("refs/heads/" + repository.defaultBranch())) {
            Map<String, Workflow> readable = new java.util.TreeMap<>();
            for (RepositoryContent.WorkflowFile file : files) {
                file.text().flatMap(text -> WorkflowReader.read(file.path(), text).value())
                        .ifPresent(workflow -> readable.put(file.path(), workflow));
            }
            branchWatchers.forEach(watcher -> watcher.accept(repository, readable));
        }
        List<RunId> created = new ArrayList<>();
        for (RepositoryContent.WorkflowFile file : files) {
            if (workflowPath.isPresent() && !workflowPath.get().equals(file.path()) || done.contains(file.path())) {
                continue;
            }
            receiveOne(repository, event, sha, file, workflowPath.isPresent(), notes).ifPresent(created::add);
        }
        if (workflowPath.isPresent() && files.stream().noneMatch(f -> f.path().equals(workflowPath.get()))
                && notes.isEmpty()) {
            notes.add("%s has no workflow %s at %s".formatted(repository.fullName(), workflowPath.get(), shortSha(sha)));
        }
        if (created.isEmpty() && notes.isEmpty()) {
            notes.add("no workflow of %s at %s is triggered by %s".formatted(repository.fullName(), shortSha(sha),
                    event.name()));
        }
        return new Received(created, notes);
    }

    private Optional<RunId> receiveOne(Repository repository, Event event, String sha,
                                       RepositoryContent.WorkflowFile file, boolean named, List<String> notes) {
        String text = file.text().orElse("");
        Parsed<Workflow> parsed = file.text().isPresent() ? WorkflowReader.read(file.path(), text)
                : new Parsed<>(Optional.empty(), List.of());
        List<String> errors = parsed.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(d -> render(file.path(), d)).toList();
        if (file.text().isEmpty()) {
            errors = List.of(file.path() + ":1:1: the file is not valid UTF-8");
        }
        if (parsed.value().isPresent()) {
            MatchResult match = TriggerMatcher.match(parsed.value().get(), event);
            if (match instanceof MatchResult.NotMatched) {
                if (named) {
                    notes.add("%s is not triggered by %s: %s".formatted(file.path(), event.name(), match.describe()));
                }
                return Optional.empty();
            }
        } else if (!named && !event.name().equals("push")) {
            return Optional.empty();
        }
        String name = parsed.value().flatMap(Workflow::name).orElse(file.path());
        var run = new NewRun(repository.id(), file.path(), event.name(), sha, headBranch(event.revision().ref()),
                event.actor());
        Map<String, String> inputs = event instanceof WorkflowDispatch d ? d.inputs() : Map.of();
        var source = new RunSource(text, event.revision().ref(), ValueJson.render(event.payload()), inputs, name,
                defaultTitle(event, name), event.actor(), Optional.empty());
        Map<String, String> details = Map.of("repository", repository.fullName(), "workflow", file.path(),
                "event", event.name(), "ref", event.revision().ref(), "sha", sha);
        if (!errors.isEmpty()) {
            Optional<RunId> failed = created(ledger.createFailed(run, source, new Conclusion.Failure(
                    "Invalid workflow file: " + file.path()), errors));
            failed.ifPresent(r -> audit.record(event.actor(), AuditAction.RUN_TRIGGERED, Subject.run(r.value()),
                    details));
            return failed;
        }
        Optional<RunId> id = created(ledger.create(run, source));
        id.ifPresent(r -> audit.record(event.actor(), AuditAction.RUN_TRIGGERED, Subject.run(r.value()), details));
        id.ifPresent(coordinator::begin);
        id.ifPresent(created -> creationWatchers.forEach(watcher -> watcher.accept(created)));
        return id;
    }

    private static Optional<RunId> created(RunStore.Creation creation) {
        return creation instanceof RunStore.Creation.Created c ? Optional.of(c.run().id()) : Optional.empty();
    }

    /**
     * A run's title until its {@code run-name} is evaluated: as on GitHub, the head commit's subject for a push,
     * the workflow's name otherwise.
     */
    private static String defaultTitle(Event event, String workflowName) {
        if (event.payload().members().get("head_commit") instanceof dev.gantry.workflow.expr.Value.Obj commit
                && commit.members().get("message") instanceof dev.gantry.workflow.expr.Value.Str message
                && !message.value().isBlank()) {
            return message.value().strip().lines().findFirst().orElse(workflowName);
        }
        return workflowName;
    }

    /** GitHub's {@code head_branch}: the branch, or the tag's name for a tag; empty for other refs. */
    static Optional<String> headBranch(String ref) {
        if (ref.startsWith("refs/heads/")) {
            return Optional.of(ref.substring("refs/heads/".length()));
        }
        if (ref.startsWith("refs/tags/")) {
            return Optional.of(ref.substring("refs/tags/".length()));
        }
        return Optional.empty();
    }

    private static String render(String file, Diagnostic d) {
        return "%s:%d:%d: %s".formatted(file, d.span().start().line(), d.span().start().column(), d.message());
    }

    private static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
