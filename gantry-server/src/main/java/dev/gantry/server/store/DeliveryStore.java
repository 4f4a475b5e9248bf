package dev.gantry.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The webhook deliveries received, by source and delivery id, so that a delivery sent again (GitHub and Gitea
 * redeliver on timeouts) is recognised and not acted on twice. Thread-safe; one transaction each.
 */
public final class DeliveryStore {

    private final Database db;

    public DeliveryStore(Database db) {
        this.db = db;
    }

    /** The outcome of {@link #record}. */
    public sealed interface Receipt {
        record Recorded(Instant receivedAt) implements Receipt {}

        /** Received before, at {@code firstReceivedAt}; ignore it. */
        record Duplicate(Instant firstReceivedAt) implements Receipt {}
    }

    /** When the delivery {@code deliveryId} from {@code source} was recorded; empty when it never was. */
    public Optional<Instant> find(String source, String deliveryId) {
        return db.transaction(tx -> tx.first("SELECT received_at FROM webhook_deliveries WHERE source = ? "
                + "AND delivery_id = ?", row -> row.instant("received_at"), source, deliveryId));
    }

    /** Records a delivery ({@code source}: github, gitea, forgejo) unless it was received before. */
    public Receipt record(String source, String deliveryId, String event) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(event, "event");
        return db.transaction(tx -> {
            Instant now = db.now();
            if (tx.insertUnlessDuplicate("INSERT INTO webhook_deliveries (source, delivery_id, event, received_at) "
                    + "VALUES (?, ?, ?, ?)", source, deliveryId, event, now)) {
                return new Receipt.Recorded(now);
            }
            return new Receipt.Duplicate(tx.first("SELECT received_at FROM webhook_deliveries WHERE source = ? "
                    + "AND delivery_id = ?", row -> row.instant("received_at"), source, deliveryId).orElseThrow());
        });
    }
}
