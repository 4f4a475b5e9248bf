package dev.gantry.engine.webhook;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A {@link DeliveryLog} in memory, forgotten when the process ends: for tests and single runs. Thread-safe. */
public final class InMemoryDeliveryLog implements DeliveryLog {

    private final Map<String, Instant> received = new HashMap<>();

    @Override
    public synchronized Admission admit(DeliveryId id, Instant receivedAt) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Instant first = received.putIfAbsent(id.key(), receivedAt);
        return first == null ? new Admission.First() : new Admission.Duplicate(first);
    }

    /** How many distinct ids are recorded. */
    public synchronized int size() {
        return received.size();
    }
}
