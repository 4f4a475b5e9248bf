package dev.gantry.engine.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * The delivery ids already received, so that a redelivered webhook starts nothing twice. The server persists it
 * (one row per {@link DeliveryId#key()}, a unique key); {@link InMemoryDeliveryLog} keeps it in memory.
 *
 * <p>Contract: {@link #admit} is atomic: of two concurrent calls with the same id exactly one sees
 * {@link Admission.First}. A persistent implementation records the id in the same transaction that stores the
 * accepted events, so that a crash loses neither and a redelivery after a crash is still recognised. It may block
 * on its store; it throws only for storage failures, and then nothing was recorded.
 */
public interface DeliveryLog {

    /** Records {@code id}, received at {@code receivedAt}, unless it is already recorded. */
    Admission admit(DeliveryId id, Instant receivedAt);

    /** Whether the id was new. */
    sealed interface Admission {
        /** The id was not recorded; now it is. */
        record First() implements Admission {}

        /** The id was recorded before, when its first delivery arrived at {@code firstReceived}. */
        record Duplicate(Instant firstReceived) implements Admission {
            public Duplicate {
                Objects.requireNonNull(firstReceived, "firstReceived");
            }
        }
    }
}
