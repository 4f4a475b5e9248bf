package dev.gantry.server.hook;

import dev.gantry.engine.event.Event;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Repository;
import dev.gantry.server.trigger.EventSink;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** An {@link EventSink} that records what it receives and answers one made-up run per event. Thread-safe. */
final class RecordingSink implements EventSink {

    record Call(Repository repository, Event event, Optional<String> workflowPath) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();
    /** How many of the next calls throw, as a sink whose storage failed would. */
    final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong runIds = new AtomicLong(100);

    @Override
    public Received receive(Repository repository, Event event, Optional<String> workflowPath) {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the sink failed");
        }
        calls.add(new Call(repository, event, workflowPath));
        return new Received(List.of(new RunId(runIds.incrementAndGet())), List.of("recorded " + event.name()));
    }

    List<String> eventNames() {
        return calls.stream().map(c -> c.event().name()).toList();
    }
}
