package dev.gantry.runner.log;

import dev.gantry.engine.exec.JobListener;
import java.util.Objects;

/**
 * Forwards a step's events to the engine's {@link JobListener}: shown lines to {@code log}, annotations (also)
 * to {@code annotation}. Output and state values are not forwarded. Thread-safe if the listener is.
 */
public record ListenerSink(int stepIndex, JobListener listener) implements LogSink {

    public ListenerSink {
        Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void accept(LogEvent event) {
        event.rendered().ifPresent(line -> listener.log(stepIndex, line));
        if (event instanceof LogEvent.Annotated a) {
            listener.annotation(stepIndex, a.annotation());
        }
    }
}
