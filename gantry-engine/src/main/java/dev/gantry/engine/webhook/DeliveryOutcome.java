package dev.gantry.engine.webhook;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.RepositoryName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What became of one webhook delivery: accepted as events, deliberately ignored, or rejected. */
public sealed interface DeliveryOutcome {

    /**
     * The delivery is genuine and names events that may start workflows.
     *
     * @param id         the de-duplication key
     * @param repository the repository the payload names ({@code repository.full_name})
     * @param events     the events to match against the repository's workflows, the delivery's own first; a
     *                   {@code pull_request} delivery also yields {@code pull_request_target}, as on GitHub
     * @param notes      facts worth logging, e.g. that a push listed too many commits for path filters
     */
    record Accepted(DeliveryId id, RepositoryName repository, List<Event> events, List<String> notes)
            implements DeliveryOutcome {
        public Accepted {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(repository, "repository");
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("an accepted delivery has at least one event");
            }
            notes = List.copyOf(notes);
        }

        /** The delivery's own event. */
        public Event event() {
            return events.getFirst();
        }
    }

    /**
     * The delivery is genuine but starts nothing.
     *
     * @param id      the de-duplication key
     * @param event   the event name as the forge sent it
     * @param reason  the kind of reason, for programs
     * @param message the reason in one sentence
     */
    record Ignored(DeliveryId id, String event, IgnoreReason reason, String message) implements DeliveryOutcome {
        public Ignored {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The delivery is refused: it is not signed with the secret, or not a delivery Gantry can read. Nothing of it
     * may be trusted or stored.
     *
     * @param reason  the kind of reason, for programs (the server maps it to an HTTP status)
     * @param message the reason in one sentence, naming the header or payload member at fault
     */
    record Rejected(RejectReason reason, String message) implements DeliveryOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The delivery's id, when it was genuine (accepted or ignored); a rejected delivery's id is not trusted. */
    default Optional<DeliveryId> deliveryId() {
        return switch (this) {
            case Accepted accepted -> Optional.of(accepted.id());
            case Ignored ignored -> Optional.of(ignored.id());
            case Rejected rejected -> Optional.empty();
        };
    }

    /** Why a genuine delivery starts nothing. */
    enum IgnoreReason {
        /** The forge's test delivery sent when a webhook is created. */
        PING,
        /** An event GitHub Actions runs no workflow for (e.g. {@code installation}, {@code star}). */
        NOT_A_TRIGGER,
        /** A delivery id already received: a redelivery. */
        DUPLICATE
    }

    /** Why a delivery is refused. */
    enum RejectReason {
        /** A required header (event or delivery id) is missing or invalid. */
        MISSING_HEADER,
        /** The signature header is missing, or does not match the body under the secret. */
        BAD_SIGNATURE,
        /** The body is over the size limit. */
        TOO_LARGE,
        /** The body is not a UTF-8 JSON object, or is form-encoded. */
        MALFORMED,
        /** The JSON lacks what the event must have, e.g. a push without {@code ref}. */
        UNKNOWN_SHAPE
    }
}
