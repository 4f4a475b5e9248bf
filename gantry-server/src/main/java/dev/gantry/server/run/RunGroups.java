package dev.gantry.server.run;

import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Ids.RunId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow-level concurrency groups across the runs of a repository, as GitHub keeps them: at most one run in
 * progress and one pending per group; a newer run replaces the pending one (which is cancelled) and, with
 * {@code cancel-in-progress}, cancels the one in progress. Confined to the coordinator's thread; rebuilt after a
 * restart as the unfinished runs are begun again, oldest first.
 */
final class RunGroups {

    /** A group of one repository. */
    record Group(RepositoryId repository, String name) {}

    /** What admitting a run means. */
    sealed interface Admission {
        record StartNow() implements Admission {}

        /** It waits; {@code replaced} is the pending run it displaces, {@code cancel} the running one to stop. */
        record Wait(Optional<RunId> replaced, Optional<RunId> cancel) implements Admission {}
    }

    private final Map<Group, RunId> running = new HashMap<>();
    private final Map<Group, RunId> pending = new HashMap<>();

    Admission admit(RunId run, Group group, boolean cancelInProgress) {
        RunId current = running.get(group);
        if (current == null || current.equals(run)) {
            running.put(group, run);
            return new Admission.StartNow();
        }
        Optional<RunId> replaced = Optional.ofNullable(pending.put(group, run)).filter(r -> !r.equals(run));
        return new Admission.Wait(replaced, cancelInProgress ? Optional.of(current) : Optional.empty());
    }

    /** A run left its group (finished, or cancelled while pending): the pending run, if any, now runs. */
    Optional<RunId> release(RunId run) {
        pending.values().removeIf(run::equals);
        for (var entry : Map.copyOf(running).entrySet()) {
            if (entry.getValue().equals(run)) {
                RunId next = pending.remove(entry.getKey());
                if (next == null) {
                    running.remove(entry.getKey());
                    return Optional.empty();
                }
                running.put(entry.getKey(), next);
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }
}
