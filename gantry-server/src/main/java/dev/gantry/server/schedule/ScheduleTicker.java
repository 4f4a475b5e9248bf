package dev.gantry.server.schedule;

import dev.gantry.server.store.Database;
import dev.gantry.server.trigger.EventSink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Fires the schedules on one virtual thread: a pass at start (which catches up on what was missed while the
 * server was down, and finishes fires a crash interrupted), then a pass at each next due time (cron in UTC), when
 * {@link #wake woken} (a sync changed the entries), and at least every {@link #MAX_WAIT}. Thread-safe.
 */
public final class ScheduleTicker implements AutoCloseable {

    /** The longest the ticker sleeps between passes, so that entries another process declared are seen. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(1);

    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final ScheduleFirer firer;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean wakeRequested;
    private boolean closed;
    private Thread thread;

    private ScheduleTicker(ScheduleFirer firer, Clock clock) {
        this.firer = firer;
        this.clock = clock;
    }

    /**
     * Starts ticking over {@code db}, handing each fire to {@code sink}, with missed fire times treated as
     * {@code policy} says. Returns at once; the first pass runs on the ticker's thread.
     */
    public static ScheduleTicker start(Database db, EventSink sink, MissedSchedules policy, Clock clock) {
        ScheduleTicker ticker = new ScheduleTicker(new ScheduleFirer(db, sink, policy, clock), clock);
        ticker.thread = Thread.ofVirtual().name("gantry-schedules").start(ticker::run);
        return ticker;
    }

    /** Asks for a pass now (the entries changed, or the clock moved). Never blocks. */
    public void wake() {
        lock.lock();
        try {
            wakeRequested = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops ticking: waits for a pass in progress to end, interrupting it after ten seconds (a fire cut short
     * stays intended and is finished by the next start). Idempotent.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            if (!thread.join(CLOSE_GRACE)) {
                thread.interrupt();
                thread.join(CLOSE_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!isClosed()) {
            Optional<Instant> next = firer.tick();
            if (!sleepUntil(next)) {
                return;
            }
        }
    }

    /** Sleeps until {@code next}, a wake or {@link #MAX_WAIT}; false when closed or interrupted. */
    private boolean sleepUntil(Optional<Instant> next) {
        lock.lock();
        try {
            if (!closed && !wakeRequested) {
                Duration wait = next.map(at -> Duration.between(clock.instant(), at)).orElse(MAX_WAIT);
                wait = wait.isNegative() ? Duration.ZERO : wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
                woken.await(wait.toNanos(), TimeUnit.NANOSECONDS);
            }
            wakeRequested = false;
            return !closed;
        } catch (InterruptedException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }
}
