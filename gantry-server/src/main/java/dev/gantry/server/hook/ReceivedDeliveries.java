package dev.gantry.server.hook;

import dev.gantry.engine.webhook.DeliveryId;
import dev.gantry.engine.webhook.DeliveryLog;
import dev.gantry.server.store.DeliveryStore;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The webhook deliveries received, persisted in the {@link DeliveryStore}, and those being received right now.
 * A delivery is {@linkplain #log recorded} only after its runs are stored; between the first look and the record
 * it is held {@linkplain #hold in flight}, so that a concurrent copy of it is refused rather than run twice.
 * Thread-safe; blocks on the database.
 */
final class ReceivedDeliveries {

    private final DeliveryStore store;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    ReceivedDeliveries(DeliveryStore store) {
        this.store = store;
    }

    /** When {@code id} was first received; empty when it never was. */
    Optional<Instant> firstReceived(DeliveryId id) {
        return store.find(source(id), id.value());
    }

    /** Marks {@code id} as being received; false when another request is receiving it now. */
    boolean hold(DeliveryId id) {
        return inFlight.add(id.key());
    }

    /** Ends {@link #hold}. */
    void release(DeliveryId id) {
        inFlight.remove(id.key());
    }

    /** The {@link DeliveryLog} that records deliveries of the event {@code event} in the store. */
    DeliveryLog log(String event) {
        return (id, receivedAt) -> switch (store.record(source(id), id.value(), event)) {
            case DeliveryStore.Receipt.Recorded recorded -> new DeliveryLog.Admission.First();
            case DeliveryStore.Receipt.Duplicate duplicate ->
                    new DeliveryLog.Admission.Duplicate(duplicate.firstReceivedAt());
        };
    }

    private static String source(DeliveryId id) {
        return id.forge().name().toLowerCase(Locale.ROOT);
    }
}
