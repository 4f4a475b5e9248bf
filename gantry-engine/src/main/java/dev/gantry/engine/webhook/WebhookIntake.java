package dev.gantry.engine.webhook;

import dev.gantry.engine.webhook.DeliveryOutcome.IgnoreReason;
import dev.gantry.engine.webhook.DeliveryOutcome.Ignored;
import dev.gantry.engine.webhook.DeliveryOutcome.Rejected;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives one webhook delivery: reads it with a {@link DeliveryReader}, then records its id in the
 * {@link DeliveryLog}; a delivery whose id is already recorded (a redelivery) is {@link Ignored} as
 * {@link IgnoreReason#DUPLICATE}. A rejected delivery is not recorded: its id cannot be trusted, and a correctly
 * signed redelivery must still be accepted.
 *
 * <p>Blocks only as long as the log does; thread-safe when the log is.
 */
public final class WebhookIntake {

    private final DeliveryReader reader;
    private final DeliveryLog log;

    public WebhookIntake(DeliveryReader reader, DeliveryLog log) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The outcome of {@code delivery}, signed with {@code secret}, received at {@code now}. */
    public DeliveryOutcome receive(WebhookDelivery delivery, WebhookSecret secret, Instant now) {
        DeliveryOutcome outcome = reader.read(delivery, secret);
        Optional<DeliveryId> id = outcome.deliveryId();
        if (id.isEmpty()) {
            return outcome;
        }
        return switch (log.admit(id.get(), now)) {
            case DeliveryLog.Admission.First first -> outcome;
            case DeliveryLog.Admission.Duplicate duplicate -> new Ignored(id.get(), eventOf(outcome),
                    IgnoreReason.DUPLICATE, "webhook delivery %s was already received at %s"
                            .formatted(id.get().value(), duplicate.firstReceived()));
        };
    }

    private static String eventOf(DeliveryOutcome outcome) {
        return switch (outcome) {
            case DeliveryOutcome.Accepted accepted -> accepted.event().name();
            case Ignored ignored -> ignored.event();
            case Rejected rejected -> "";
        };
    }
}
