package dev.gantry.agent;

import java.time.Duration;

/** Growing pauses between retries: from 100 ms, doubling, at most {@code max}. Not thread-safe (one per loop). */
final class Backoff {

    private static final Duration FIRST = Duration.ofMillis(100);

    private final Duration max;
    private Duration next = FIRST;

    Backoff(Duration max) {
        this.max = max;
    }

    /** Sleeps the current pause and lengthens the next one. */
    void pause() throws InterruptedException {
        Thread.sleep(next);
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
    }

    /** The last attempt worked: the next pause is short again. */
    void reset() {
        next = FIRST;
    }
}
