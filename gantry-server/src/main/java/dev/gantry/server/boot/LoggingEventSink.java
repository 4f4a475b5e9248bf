package dev.gantry.server.boot;

import dev.gantry.engine.event.Event;
import dev.gantry.server.store.Repository;
import dev.gantry.server.trigger.EventSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The sink a server starts with when no event intake is wired in: it logs each event and starts nothing, saying
 * so in a note. Thread-safe; never blocks.
 */
final class LoggingEventSink implements EventSink {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingEventSink.class);

    @Override
    public Received receive(Repository repository, Event event, Optional<String> workflowPath) {
        LOG.info("Event {} for {} received; no event intake is wired in, so no run is started.", event.name(),
                repository.fullName());
        return new Received(List.of(), List.of("this server has no event intake wired in, so no run was started"));
    }
}
