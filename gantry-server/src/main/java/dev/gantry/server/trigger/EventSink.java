package dev.gantry.server.trigger;

import dev.gantry.engine.event.Event;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Repository;
import java.util.List;
import java.util.Optional;

/**
 * Where every source of events hands them over. Blocking: reads the repository's workflows at the event's commit
 * (fetching it first for a repository registered by URL) and stores the runs it starts before returning.
 * Thread-safe.
 */
public interface EventSink {

    /**
     * Starts the runs {@code event} triggers in {@code repository}: every workflow whose triggers match, or only
     * {@code workflowPath} when given (a schedule fires for one workflow, a dispatch names one).
     */
    Received receive(Repository repository, Event event, Optional<String> workflowPath);

    /**
     * What an event started: the runs created (a workflow that could not be read is a run created failed, with
     * its diagnostics) and notes worth showing to whoever sent the event (nothing matched, a commit was missing).
     */
    record Received(List<RunId> runs, List<String> notes) {
        public Received {
            runs = List.copyOf(runs);
            notes = List.copyOf(notes);
        }
    }
}
