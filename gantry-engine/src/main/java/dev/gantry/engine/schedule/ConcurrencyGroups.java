package dev.gantry.engine.schedule;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Job-level concurrency groups within one run, as GitHub runs them: at most one running and one pending
 * instance per group; a newer arrival replaces the pending one (which is cancelled) and, with
 * {@code cancel-in-progress}, cancels the running one. Confined to the scheduler that owns it.
 */
final class ConcurrencyGroups {

    /** What admitting an instance means: start it now, or it waits (maybe displacing others). */
    sealed interface Admission {
        record StartNow() implements Admission {}

        record Wait(Optional<InstanceRun> replaced, Optional<InstanceRun> cancelRunning) implements Admission {}
    }

    private final Map<String, InstanceRun> running = new HashMap<>();
    private final Map<String, InstanceRun> pending = new HashMap<>();

    Admission admit(InstanceRun instance, InstanceRun.Group group) {
        InstanceRun current = running.get(group.name());
        if (current == null) {
            running.put(group.name(), instance);
            return new Admission.StartNow();
        }
        Optional<InstanceRun> replaced = Optional.ofNullable(pending.put(group.name(), instance));
        Optional<InstanceRun> cancel = group.cancelInProgress() && !current.cancelRequested
                ? Optional.of(current) : Optional.empty();
        return new Admission.Wait(replaced, cancel);
    }

    /** The instance that ran in its group has finished: the pending one, if any, now runs. */
    Optional<InstanceRun> release(InstanceRun finished) {
        if (finished.group.isEmpty()) {
            return Optional.empty();
        }
        String name = finished.group.get().name();
        if (running.get(name) != finished) {
            return Optional.empty();
        }
        running.remove(name);
        InstanceRun next = pending.remove(name);
        if (next != null) {
            running.put(name, next);
        }
        return Optional.ofNullable(next);
    }

    /** A pending instance will not run after all. */
    void withdraw(InstanceRun queued) {
        queued.group.ifPresent(g -> pending.remove(g.name(), queued));
    }
}
