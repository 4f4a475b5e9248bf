package dev.gantry.server.schedule;

import dev.gantry.engine.event.Event;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.NewRun;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.trigger.EventSink;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An {@link EventSink} that stores one real run per event (as the intake does) and records the calls; it can be
 * told to fail once, before storing the run or after. Thread-safe.
 */
final class RunCreatingSink implements EventSink {

    enum Failure { NONE, BEFORE_RUN, AFTER_RUN }

    record Call(Repository repository, Event event, Optional<String> workflowPath) {}

    final LinkedBlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    final AtomicReference<Failure> nextFailure = new AtomicReference<>(Failure.NONE);
    private final RunStore runs;

    RunCreatingSink(Database db) {
        this.runs = new RunStore(db);
    }

    @Override
    public Received receive(Repository repository, Event event, Optional<String> workflowPath) {
        Failure failure = nextFailure.getAndSet(Failure.NONE);
        if (failure == Failure.BEFORE_RUN) {
            throw new IllegalStateException("the sink failed before storing the run");
        }
        var created = (RunStore.Creation.Created) runs.create(new NewRun(repository.id(), workflowPath.orElseThrow(),
                event.name(), "0123456789abcdef0123456789abcdef01234567", Optional.of(repository.defaultBranch()),
                "gantry"), List.of(new NewRun.Job("build", "build", List.of(), List.of("ubuntu-latest"))));
        if (failure == Failure.AFTER_RUN) {
            throw new IllegalStateException("the sink failed after storing the run");
        }
        calls.add(new Call(repository, event, workflowPath));
        List<RunId> ids = List.of(created.run().id());
        return new Received(ids, List.of());
    }
}
