package dev.gantry.server.run;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes agents waiting for work the moment a job is queued, so assignment is push-style, not a polling interval.
 * A waiter reads {@link #version()}, looks in the queue, and when it found nothing waits for a version newer than
 * the one it read: a job queued between its look and its wait is never missed. Thread-safe.
 */
public final class QueueSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long version;

    /** The current version; read it before looking in the queue. */
    public long version() {
        lock.lock();
        try {
            return version;
        } finally {
            lock.unlock();
        }
    }

    /** Something was queued (or released back to the queue): wake every waiter. */
    public void queued() {
        lock.lock();
        try {
            version++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until the version is past {@code seen} or {@code timeout} has passed.
     *
     * @return whether the version moved on (look in the queue again)
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public boolean awaitAfter(long seen, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (version == seen) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Waits at most {@code timeout}; a convenience for callers holding a millisecond count. */
    public boolean awaitAfter(long seen, long timeout, TimeUnit unit) throws InterruptedException {
        return awaitAfter(seen, Duration.ofNanos(unit.toNanos(timeout)));
    }
}
