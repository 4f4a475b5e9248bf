package dev.gantry.server.run;

import dev.gantry.server.store.LogStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;

/**
 * Deletes the logs of jobs that completed longer ago than the retention, once at start and then every hour, on
 * one virtual thread. A failed sweep is printed and tried again at the next one. {@link #close} stops it.
 */
public final class LogRetention implements AutoCloseable {

    static final Duration EVERY = Duration.ofHours(1);

    private final Thread thread;

    private LogRetention(Thread thread) {
        this.thread = thread;
    }

    public static LogRetention start(LogStore logs, Duration keep, Clock clock, PrintWriter log) {
        return new LogRetention(Thread.ofVirtual().name("log retention").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    logs.deleteCompletedBefore(clock.instant().minus(keep));
                } catch (RuntimeException e) {
                    log.println("gantry server: deleting expired logs failed (tried again in an hour): " + e);
                    log.flush();
                }
                try {
                    Thread.sleep(EVERY);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }));
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
