package dev.gantry.engine.webhook;

import dev.gantry.engine.event.Payload;
import dev.gantry.engine.event.PayloadText;
import dev.gantry.engine.event.RepositoryName;
import dev.gantry.engine.webhook.DeliveryOutcome.Accepted;
import dev.gantry.engine.webhook.DeliveryOutcome.IgnoreReason;
import dev.gantry.engine.webhook.DeliveryOutcome.Ignored;
import dev.gantry.engine.webhook.DeliveryOutcome.RejectReason;
import dev.gantry.engine.webhook.DeliveryOutcome.Rejected;
import dev.gantry.workflow.expr.Value;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one webhook delivery from GitHub, Gitea or Forgejo into a {@link DeliveryOutcome}, checking in this
 * order: the event and delivery id headers, the body size, the HMAC-SHA256 signature under the repository's
 * secret (before anything of the body is read), the body as a UTF-8 JSON object, the event (a ping or an event
 * that starts no workflow is ignored), the payload's shape; then builds the events.
 *
 * <p>Pure: no I/O, no clock, no state; thread-safe. Never throws for any headers or body: every problem is a
 * {@link Rejected} whose message is one sentence naming the delivery and the header or member at fault.
 * De-duplication is not its job: see {@link WebhookIntake}.
 */
public final class DeliveryReader {

    /** GitHub caps webhook payloads at 25 MB; a bigger body is refused. */
    public static final int DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

    private static final Pattern EVENT_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final int QUOTE_LIMIT = 60;

    private final int maxBytes;

    public DeliveryReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader refusing bodies longer than {@code maxBytes}. */
    public DeliveryReader(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads {@code delivery}, whose body must be signed with {@code secret}. */
    public DeliveryOutcome read(WebhookDelivery delivery, WebhookSecret secret) {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(secret, "secret");
        Optional<Forge> found = Forge.of(delivery);
        if (found.isEmpty()) {
            return new Rejected(RejectReason.MISSING_HEADER, "the webhook delivery has no X-GitHub-Event, "
                    + "X-Gitea-Event or X-Forgejo-Event header, so it names no event");
        }
        Forge forge = found.get();
        String sentEvent = delivery.header(forge.eventHeader()).orElseThrow();
        if (!EVENT_NAME.matcher(sentEvent).matches()) {
            return new Rejected(RejectReason.MISSING_HEADER, "the %s header \"%s\" is not an event name"
                    .formatted(forge.eventHeader(), quote(sentEvent)));
        }
        Optional<String> idText = delivery.header(forge.deliveryHeader());
        if (idText.isEmpty() || !DeliveryId.isValid(idText.get())) {
            return new Rejected(RejectReason.MISSING_HEADER, idText.isEmpty()
                    ? "the %s delivery has no %s header".formatted(sentEvent, forge.deliveryHeader())
                    : "the %s header \"%s\" is not a delivery id".formatted(forge.deliveryHeader(),
                            quote(idText.get())));
        }
        DeliveryId id = new DeliveryId(forge, idText.get());
        String who = "webhook delivery " + id.value();
        if (delivery.bodyLength() > maxBytes) {
            return new Rejected(RejectReason.TOO_LARGE, "%s: the body is %d bytes, over the limit of %d"
                    .formatted(who, delivery.bodyLength(), maxBytes));
        }
        Optional<Rejected> unsigned = checkSignature(forge, delivery, secret, who);
        if (unsigned.isPresent()) {
            return unsigned.get();
        }
        return readVerified(forge, id, sentEvent, delivery, who);
    }

    private static Optional<Rejected> checkSignature(Forge forge, WebhookDelivery delivery, WebhookSecret secret,
                                                     String who) {
        Optional<String> signature = delivery.header(forge.signatureHeader());
        if (signature.isEmpty()) {
            return Optional.of(new Rejected(RejectReason.BAD_SIGNATURE, "%s has no %s header; the webhook must "
                    .formatted(who, forge.signatureHeader()) + "be configured with the repository's secret"));
        }
        String prefix = forge.signaturePrefix();
        String digest = signature.get();
        boolean prefixed = digest.regionMatches(true, 0, prefix, 0, prefix.length());
        if (!prefixed || !secret.verifies(digest.substring(prefix.length()), delivery.bodyUnsafe())) {
            return Optional.of(new Rejected(RejectReason.BAD_SIGNATURE,
                    "%s: the %s header does not match the body signed with the repository's webhook secret"
                            .formatted(who, forge.signatureHeader())));
        }
        return Optional.empty();
    }

    private static DeliveryOutcome readVerified(Forge forge, DeliveryId id, String sentEvent,
                                                WebhookDelivery delivery, String who) {
        if (delivery.mediaType().filter("application/x-www-form-urlencoded"::equals).isPresent()) {
            return new Rejected(RejectReason.MALFORMED, who + ": the body is form-encoded; set the webhook's "
                    + "content type to application/json");
        }
        Optional<String> text = utf8(delivery.bodyUnsafe());
        if (text.isEmpty()) {
            return new Rejected(RejectReason.MALFORMED, who + ": the body is not UTF-8 text");
        }
        if (text.get().isBlank()) {
            return new Rejected(RejectReason.MALFORMED, who + ": the body is empty");
        }
        return switch (PayloadText.parse(who, text.get())) {
            case PayloadText.Result.Ok ok -> classify(forge, id, sentEvent, ok.payload(), who);
            case PayloadText.Result.Invalid invalid -> new Rejected(RejectReason.MALFORMED, invalid.message());
        };
    }

    private static DeliveryOutcome classify(Forge forge, DeliveryId id, String sentEvent, Value.Obj sent,
                                            String who) {
        Value.Obj payload = forge == Forge.GITHUB ? sent : GiteaDialect.payload(sent);
        String event = forge == Forge.GITHUB ? sentEvent : GiteaDialect.eventName(sentEvent);
        if (event.equals(TriggerEvents.PING)) {
            return new Ignored(id, sentEvent, IgnoreReason.PING, who + " is a ping: the webhook reaches Gantry");
        }
        if (!TriggerEvents.triggers(event)) {
            return new Ignored(id, sentEvent, IgnoreReason.NOT_A_TRIGGER,
                    "%s: GitHub Actions runs no workflow for %s events".formatted(who, sentEvent));
        }
        Payload typed = new Payload(payload);
        Optional<String> problem = PayloadShape.problem(event, typed);
        if (problem.isPresent()) {
            return new Rejected(RejectReason.UNKNOWN_SHAPE, who + ": " + problem.get());
        }
        String fullName = typed.string("repository", "full_name").orElseThrow();
        int slash = fullName.indexOf('/');
        RepositoryName repository = new RepositoryName(fullName.substring(0, slash), fullName.substring(slash + 1));
        DeliveryEvents.Built built = DeliveryEvents.build(event, payload, repository);
        return new Accepted(id, repository, built.events(), built.notes());
    }

    private static Optional<String> utf8(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String quote(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= QUOTE_LIMIT ? printable : printable.substring(0, QUOTE_LIMIT) + "…";
    }
}
