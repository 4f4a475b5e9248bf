package dev.gantry.server.git;

import dev.gantry.engine.event.Event;
import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.audit.Subject;
import dev.gantry.server.store.Repository;
import dev.gantry.server.trigger.EventSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link PushListener} that starts runs: each moved ref becomes a push event (built from the commits, with the
 * files each changed) handed to the {@link EventSink} before the git client gets its answer. Thread-safe.
 */
public final class PushIntake implements PushListener {

    private final GitHosting git;
    private final EventSink sink;
    private final Supplier<String> serverUrl;
    private final PrintWriter log;
    private final AuditLog audit;

    /** Each moved ref is recorded in {@code audit} ({@code repository.pushed}, with the pusher) before its runs. */
    public PushIntake(GitHosting git, EventSink sink, Supplier<String> serverUrl, PrintWriter log, AuditLog audit) {
        this.git = git;
        this.sink = sink;
        this.serverUrl = serverUrl;
        this.log = log;
        this.audit = audit;
    }

    /**
     * Hands every change on; when one fails (the database is down, the repository unreadable) the others are
     * still handed on, then an {@link IllegalStateException} says which failed, so the push stays in the journal.
     */
    @Override
    public void pushed(Repository repository, List<RefChange> changes, String pusher) {
        List<String> failed = new java.util.ArrayList<>();
        for (RefChange change : changes) {
            try {
                audit.record(pusher, AuditAction.REPOSITORY_PUSHED, Subject.repository(repository.fullName()),
                        Map.of("ref", change.ref(), "before", change.before(), "after", change.after()));
                Event event = git.pushEvent(repository, change, pusher, serverUrl.get());
                sink.receive(repository, event, Optional.empty());
            } catch (IOException | RuntimeException e) {
                log.printf("gantry server: the push of %s to %s started no run yet: %s%n", change.ref(),
                        repository.fullName(), e.getMessage());
                log.flush();
                failed.add(change.ref());
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("the push of " + String.join(", ", failed) + " to "
                    + repository.fullName() + " started no run yet");
        }
    }
}
