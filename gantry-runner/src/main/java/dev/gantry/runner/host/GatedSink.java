package dev.gantry.runner.host;

import dev.gantry.runner.log.LogEvent;
import dev.gantry.runner.log.LogSink;
import java.util.Objects;

/**
 * A sink that stops passing events on once closed, so that output a step's leftover background process writes
 * later never reaches a listener after the step (or the job) has been reported finished. Thread-safe.
 */
final class GatedSink implements LogSink {

    private final LogSink next;
    private boolean open = true;

    GatedSink(LogSink next) {
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public synchronized void accept(LogEvent event) {
        if (open) {
            next.accept(event);
        }
    }

    /** After this returns, no event reaches the next sink (one being passed on is finished first). */
    synchronized void close() {
        open = false;
    }
}
