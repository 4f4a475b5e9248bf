package dev.gantry.server.hook;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.webhook.DeliveryId;
import dev.gantry.engine.webhook.DeliveryLog;
import dev.gantry.engine.webhook.DeliveryOutcome;
import dev.gantry.engine.webhook.DeliveryReader;
import dev.gantry.engine.webhook.WebhookDelivery;
import dev.gantry.engine.webhook.WebhookSecret;
import dev.gantry.server.http.ApiRefusal;
import dev.gantry.server.http.Json;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.trigger.EventSink;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/v1/webhooks/{owner}/{repo}}: one delivery from GitHub, Gitea or Forgejo for one repository.
 * The signature under the repository's secret is the authentication. A genuine delivery's events go to the
 * {@link EventSink}; the delivery is recorded as received only after the sink returned (its runs are stored), so
 * a crash in between lets the forge's redelivery through, and a redelivery after that is answered 200 without a
 * run. Handlers run on virtual threads and block on the store and the sink.
 */
final class DeliveryEndpoint {

    private final RepositoryStore repositories;
    private final ReceivedDeliveries received;
    private final EventSink sink;
    private final DeliveryReader reader = new DeliveryReader();
    private final Clock clock;

    DeliveryEndpoint(RepositoryStore repositories, ReceivedDeliveries received, EventSink sink, Clock clock) {
        this.repositories = repositories;
        this.received = received;
        this.sink = sink;
        this.clock = clock;
    }

    void receive(Context ctx) {
        Repository repository = WebhookRoutes.repository(repositories, ctx);
        String secret = repositories.webhookSecret(repository.id()).orElseThrow(() -> new ApiRefusal(403,
                "The repository " + repository.fullName() + " has no webhook secret, so it accepts no deliveries: "
                        + "set one with PUT " + WebhookRoutes.secretPath(repository) + " and give the forge's "
                        + "webhook the same secret."));
        byte[] body = LimitedBody.read(ctx, DeliveryReader.DEFAULT_MAX_BYTES);
        WebhookDelivery delivery = WebhookDelivery.of(headers(ctx), body);
        switch (reader.read(delivery, WebhookSecret.of(secret))) {
            case DeliveryOutcome.Rejected rejected -> throw new ApiRefusal(status(rejected.reason()),
                    sentence(rejected.message()));
            case DeliveryOutcome.Ignored ignored -> ignore(ctx, ignored);
            case DeliveryOutcome.Accepted accepted -> accept(ctx, repository, accepted);
        }
    }

    private void ignore(Context ctx, DeliveryOutcome.Ignored ignored) {
        DeliveryLog log = received.log(ignored.event());
        String message = switch (log.admit(ignored.id(), clock.instant())) {
            case DeliveryLog.Admission.First first -> ignored.reason() == DeliveryOutcome.IgnoreReason.PING
                    ? "Pong: " + ignored.message() + "." : sentence(ignored.message()) + " It is ignored.";
            case DeliveryLog.Admission.Duplicate duplicate -> duplicateMessage(ignored.id(), duplicate);
        };
        Json.send(ctx, 200, reply(message, ignored.id(), ignored.event(), List.of(), List.of()));
    }

    private void accept(Context ctx, Repository repository, DeliveryOutcome.Accepted accepted) {
        DeliveryId id = accepted.id();
        String event = accepted.event().name();
        if (!received.hold(id)) {
            throw new ApiRefusal(409, "Webhook delivery " + id.value() + " is being received right now; send it "
                    + "again if that fails.");
        }
        try {
            Optional<Instant> before = received.firstReceived(id);
            if (before.isPresent()) {
                Json.send(ctx, 200, reply(duplicateMessage(id, new DeliveryLog.Admission.Duplicate(before.get())),
                        id, event, List.of(), List.of()));
                return;
            }
            List<RunId> runs = new ArrayList<>();
            List<String> notes = new ArrayList<>(accepted.notes());
            for (Event each : accepted.events()) {
                EventSink.Received got = sink.receive(repository, each, Optional.empty());
                runs.addAll(got.runs());
                notes.addAll(got.notes());
            }
            if (received.log(event).admit(id, clock.instant()) instanceof DeliveryLog.Admission.Duplicate) {
                notes.add("another server received this delivery at the same time");
            }
            String message = "Webhook delivery " + id.value() + " (" + event + ") started " + runs.size()
                    + (runs.size() == 1 ? " run." : " runs.");
            Json.send(ctx, runs.isEmpty() ? 200 : 202, reply(message, id, event, runs, notes));
        } finally {
            received.release(id);
        }
    }

    private static String duplicateMessage(DeliveryId id, DeliveryLog.Admission.Duplicate duplicate) {
        return "Webhook delivery " + id.value() + " was already received at " + Json.time(duplicate.firstReceived())
                + "; nothing was started again.";
    }

    private static Map<String, Object> reply(String message, DeliveryId id, String event, List<RunId> runs,
                                             List<String> notes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("delivery", id.value());
        body.put("event", event);
        body.put("runs", runs.stream().map(RunId::value).toList());
        body.put("notes", notes);
        return body;
    }

    private static Map<String, String> headers(Context ctx) {
        Map<String, String> headers = new LinkedHashMap<>();
        var names = ctx.req().getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            headers.put(name, String.join(", ", Collections.list(ctx.req().getHeaders(name))));
        }
        return headers;
    }

    private static int status(DeliveryOutcome.RejectReason reason) {
        return switch (reason) {
            case BAD_SIGNATURE -> 401;
            case TOO_LARGE -> 413;
            case MISSING_HEADER, MALFORMED -> 400;
            case UNKNOWN_SHAPE -> 422;
        };
    }

    /** The engine's lower-case clause as a sentence: capitalised, with a full stop. */
    private static String sentence(String clause) {
        String text = clause.isEmpty() ? clause : Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
