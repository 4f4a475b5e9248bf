package dev.gantry.server.run;

import dev.gantry.engine.schedule.Decision;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Ids.RunId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Job-level concurrency groups across the runs of a repository, as GitHub keeps them: one job of a group in
 * progress and one pending; a newer job replaces the pending one (which is cancelled) and, with
 * {@code cancel-in-progress}, cancels the one in progress. A pending job waits here, not in the queue, with the
 * scheduler's decision that started it. Confined to the coordinator's thread; rebuilt after a restart as runs are
 * begun again (a job already stored {@link #occupy occupies} its group).
 */
final class JobGroups {

    /** A job instance of a run. */
    record Holder(RunId run, String key) {}

    /** A group of one repository. */
    record Group(RepositoryId repository, String name) {}

    /** A job waiting for its group, with what starts it when its turn comes. */
    record Waiting(Holder holder, ActiveRun run, Decision.Start start) {}

    sealed interface Admission {
        record StartNow() implements Admission {}

        /** It waits; {@code replaced} is the pending job it displaces, {@code cancel} the running one to stop. */
        record Wait(Optional<Waiting> replaced, Optional<Holder> cancel) implements Admission {}
    }

    private final Map<Group, Holder> running = new HashMap<>();
    private final Map<Group, Waiting> pending = new HashMap<>();
    private final Map<Holder, Group> groups = new HashMap<>();

    Admission admit(Waiting job, Group group, boolean cancelInProgress) {
        groups.put(job.holder(), group);
        Holder current = running.get(group);
        if (current == null || current.equals(job.holder())) {
            running.put(group, job.holder());
            return new Admission.StartNow();
        }
        Optional<Waiting> replaced = Optional.ofNullable(pending.put(group, job))
                .filter(w -> !w.holder().equals(job.holder()));
        replaced.ifPresent(w -> groups.remove(w.holder()));
        return new Admission.Wait(replaced, cancelInProgress ? Optional.of(current) : Optional.empty());
    }

    /** A job stored as started before a restart holds its group. */
    void occupy(Holder holder, Group group) {
        groups.put(holder, group);
        running.putIfAbsent(group, holder);
    }

    /** Whether this job waits for its group (the scheduler thinks it started). */
    boolean waiting(Holder holder) {
        Group group = groups.get(holder);
        return group != null && pending.containsKey(group) && pending.get(group).holder().equals(holder);
    }

    /** A waiting job that will never run (its run was cancelled): it leaves its group. */
    void drop(Holder holder) {
        Group group = groups.remove(holder);
        if (group != null && pending.containsKey(group) && pending.get(group).holder().equals(holder)) {
            pending.remove(group);
        }
    }

    /** A job completed: its group's pending job, if any, now runs and holds the group. */
    Optional<Waiting> release(Holder holder) {
        Group group = groups.remove(holder);
        if (group == null || !holder.equals(running.get(group))) {
            return Optional.empty();
        }
        Waiting next = pending.remove(group);
        if (next == null) {
            running.remove(group);
            return Optional.empty();
        }
        running.put(group, next.holder());
        return Optional.of(next);
    }
}
