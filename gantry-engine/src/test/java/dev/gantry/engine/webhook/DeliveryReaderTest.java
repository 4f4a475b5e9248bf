package dev.gantry.engine.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.event.PullRequest;
import dev.gantry.engine.event.Push;
import dev.gantry.engine.webhook.DeliveryOutcome.Accepted;
import dev.gantry.engine.webhook.DeliveryOutcome.IgnoreReason;
import dev.gantry.engine.webhook.DeliveryOutcome.Ignored;
import dev.gantry.engine.webhook.DeliveryOutcome.RejectReason;
import dev.gantry.engine.webhook.DeliveryOutcome.Rejected;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verification and reading of single deliveries: what is accepted, ignored and rejected, and the messages. */
class DeliveryReaderTest {

    private static final String NEW_BRANCH = "push/with-new-branch.payload.json";
    private static final String ID = "72d3162e-cc78-11e3-81ab-4c9367dc0958";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeliveryReader reader = new DeliveryReader();

    private DeliveryOutcome read(WebhookDelivery delivery) {
        return reader.read(delivery, Deliveries.SECRET);
    }

    private static Map<String, String> headers(WebhookDelivery delivery, String... namesAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : new String[] {"X-GitHub-Event", "X-GitHub-Delivery", "X-Hub-Signature-256",
                "Content-Type"}) {
            delivery.header(name).ifPresent(v -> out.put(name, v));
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                out.remove(namesAndValues[i]);
            } else {
                out.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return out;
    }

    private static void assertRejected(DeliveryOutcome outcome, RejectReason reason, String message) {
        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.message()).isEqualTo(message);
        });
    }

    @Test
    void aSignedPushIsAcceptedWithItsDeliveryIdRepositoryAndChangedFiles() {
        DeliveryOutcome outcome = read(Deliveries.github("push", ID, Deliveries.payload(NEW_BRANCH)));

        Accepted accepted = (Accepted) outcome;
        assertThat(accepted.id()).isEqualTo(new DeliveryId(Forge.GITHUB, ID));
        assertThat(accepted.id().key()).isEqualTo("github:" + ID);
        assertThat(accepted.repository().fullName()).isEqualTo("Codertocat/Hello-World");
        Push push = (Push) accepted.event();
        assertThat(push.ref()).isEqualTo("refs/heads/master");
        assertThat(push.changes()).isEqualTo(dev.gantry.workflow.filter.ChangedFiles.of(java.util.List.of(
                "README.md")));
        assertThat(accepted.notes()).isEmpty();
    }

    @Test
    void headerNamesAreMatchedWithoutRegardToCase() {
        byte[] body = Deliveries.payload(NEW_BRANCH);
        Map<String, String> lower = new LinkedHashMap<>();
        lower.put("x-github-event", "push");
        lower.put("x-github-delivery", ID);
        lower.put("x-hub-signature-256", "SHA256=" + Deliveries.SECRET.sign(body).toUpperCase());
        assertThat(read(WebhookDelivery.of(lower, body))).isInstanceOf(Accepted.class);
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRejected() {
        byte[] body = Deliveries.payload(NEW_BRANCH);
        WebhookDelivery signed = Deliveries.github("push", ID, body);
        WebhookDelivery forged = WebhookDelivery.of(headers(signed, "X-Hub-Signature-256",
                "sha256=" + WebhookSecret.of("guessed").sign(body)), body);

        assertRejected(read(forged), RejectReason.BAD_SIGNATURE, "webhook delivery " + ID
                + ": the X-Hub-Signature-256 header does not match the body signed with the repository's "
                + "webhook secret");
    }

    @Test
    void aBodyChangedAfterSigningIsRejected() {
        byte[] body = Deliveries.payload(NEW_BRANCH);
        WebhookDelivery signed = Deliveries.github("push", ID, body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("refs/heads/master", "refs/heads/evil__")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(read(WebhookDelivery.of(headers(signed), tampered)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason())
                        .isEqualTo(RejectReason.BAD_SIGNATURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sha1=0123", "sha256=not-hex", "sha256=", "0123abcd"})
    void aSignatureOfTheWrongFormIsRejected(String signature) {
        WebhookDelivery signed = Deliveries.github("push", ID, Deliveries.payload(NEW_BRANCH));
        assertThat(read(WebhookDelivery.of(headers(signed, "X-Hub-Signature-256", signature), signed.body())))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason())
                        .isEqualTo(RejectReason.BAD_SIGNATURE));
    }

    @Test
    void anUnsignedDeliveryIsRejected() {
        WebhookDelivery signed = Deliveries.github("push", ID, Deliveries.payload(NEW_BRANCH));
        assertRejected(read(WebhookDelivery.of(headers(signed, "X-Hub-Signature-256", null), signed.body())),
                RejectReason.BAD_SIGNATURE, "webhook delivery " + ID + " has no X-Hub-Signature-256 header; the "
                        + "webhook must be configured with the repository's secret");
    }

    @Test
    void missingEventOrDeliveryHeadersAreRejected() {
        WebhookDelivery signed = Deliveries.github("push", ID, Deliveries.payload(NEW_BRANCH));
        assertRejected(read(WebhookDelivery.of(headers(signed, "X-GitHub-Event", null), signed.body())),
                RejectReason.MISSING_HEADER, "the webhook delivery has no X-GitHub-Event, X-Gitea-Event or "
                        + "X-Forgejo-Event header, so it names no event");
        assertRejected(read(WebhookDelivery.of(headers(signed, "X-GitHub-Delivery", null), signed.body())),
                RejectReason.MISSING_HEADER, "the push delivery has no X-GitHub-Delivery header");
        assertRejected(read(WebhookDelivery.of(headers(signed, "X-GitHub-Delivery", "a b"), signed.body())),
                RejectReason.MISSING_HEADER, "the X-GitHub-Delivery header \"a b\" is not a delivery id");
        assertRejected(read(WebhookDelivery.of(headers(signed, "X-GitHub-Event", "Push!"), signed.body())),
                RejectReason.MISSING_HEADER, "the X-GitHub-Event header \"Push!\" is not an event name");
    }

    @Test
    void aBodyOverTheLimitIsRejectedBeforeItIsRead() {
        byte[] body = Deliveries.payload(NEW_BRANCH);
        DeliveryOutcome outcome = new DeliveryReader(1000).read(Deliveries.github("push", ID, body),
                Deliveries.SECRET);
        assertRejected(outcome, RejectReason.TOO_LARGE, "webhook delivery %s: the body is %d bytes, over the "
                .formatted(ID, body.length) + "limit of 1000");
    }

    @Test
    void malformedBodiesAreRejectedWithWhereTheyBreak() {
        assertRejected(read(Deliveries.github("push", ID, "{\"ref\": ".getBytes(StandardCharsets.UTF_8))),
                RejectReason.MALFORMED, "webhook delivery " + ID + ":1:9: invalid JSON: Unexpected end-of-input "
                        + "within/between Object entries");
        assertRejected(read(Deliveries.github("push", ID, "[1]".getBytes(StandardCharsets.UTF_8))),
                RejectReason.MALFORMED, "webhook delivery " + ID + ": an event payload must be a JSON object, "
                        + "not array");
        assertRejected(read(Deliveries.github("push", ID, new byte[0])), RejectReason.MALFORMED,
                "webhook delivery " + ID + ": the body is empty");
        assertRejected(read(Deliveries.github("push", ID, new byte[] {'{', (byte) 0xC3, '}'})),
                RejectReason.MALFORMED, "webhook delivery " + ID + ": the body is not UTF-8 text");
    }

    @Test
    void aFormEncodedBodyIsRejectedWithTheSettingToChange() {
        WebhookDelivery signed = Deliveries.github("push", ID, "payload=%7B%7D".getBytes(StandardCharsets.UTF_8));
        WebhookDelivery form = WebhookDelivery.of(headers(signed, "Content-Type",
                "application/x-www-form-urlencoded; charset=utf-8"), signed.body());
        assertRejected(read(form), RejectReason.MALFORMED, "webhook delivery " + ID
                + ": the body is form-encoded; set the webhook's content type to application/json");
    }

    @Test
    void payloadsLackingWhatTheirEventNeedsAreRejected() {
        assertRejected(read(Deliveries.github("push", ID, "{\"ref\":\"main\",\"repository\":{}}"
                        .getBytes(StandardCharsets.UTF_8))), RejectReason.UNKNOWN_SHAPE,
                "webhook delivery " + ID + ": the push payload lacks repository.full_name (owner/name), before, "
                        + "after, a full ref (refs/…) instead of \"main\"");
        assertRejected(read(Deliveries.github("pull_request", ID, ("{\"action\":\"opened\",\"repository\":"
                        + "{\"full_name\":\"o/r\"},\"pull_request\":{\"number\":\"7\"}}").getBytes(StandardCharsets.UTF_8))),
                RejectReason.UNKNOWN_SHAPE, "webhook delivery " + ID + ": the pull_request payload lacks "
                        + "pull_request.number, pull_request.base.ref, pull_request.head.ref, pull_request.head.sha");
        assertRejected(read(Deliveries.github("create", ID, ("{\"ref\":\"v1\",\"ref_type\":\"repository\","
                        + "\"repository\":{\"full_name\":\"o/r\"}}").getBytes(StandardCharsets.UTF_8))),
                RejectReason.UNKNOWN_SHAPE, "webhook delivery " + ID + ": the create payload lacks ref_type "
                        + "(branch or tag)");
    }

    @Test
    void aPingAndEventsThatStartNoWorkflowAreIgnored() {
        DeliveryOutcome ping = read(Deliveries.github("ping", ID, Deliveries.payload("ping/payload.json")));
        assertThat(ping).isEqualTo(new Ignored(new DeliveryId(Forge.GITHUB, ID), "ping", IgnoreReason.PING,
                "webhook delivery " + ID + " is a ping: the webhook reaches Gantry"));
        DeliveryOutcome star = read(Deliveries.github("star", ID, Deliveries.payload("star/deleted.payload.json")));
        assertThat(star).isEqualTo(new Ignored(new DeliveryId(Forge.GITHUB, ID), "star",
                IgnoreReason.NOT_A_TRIGGER, "webhook delivery " + ID + ": GitHub Actions runs no workflow for "
                        + "star events"));
    }

    @Test
    void aPullRequestDeliveryAlsoYieldsPullRequestTarget() {
        Accepted accepted = (Accepted) read(Deliveries.github("pull_request", ID,
                Deliveries.payload("pull_request/synchronize.payload.json")));
        assertThat(accepted.events()).extracting(e -> e.name()).containsExactly("pull_request",
                "pull_request_target");
        PullRequest target = (PullRequest) accepted.events().get(1);
        assertThat(target.revision().ref()).isEqualTo("refs/heads/master");
        assertThat(target.action()).contains("synchronize");
    }

    @ParameterizedTest
    @ValueSource(strings = {"push/with-new-branch.payload.json", "pull_request/synchronize.payload.json",
            "create/payload.json", "workflow_dispatch/payload.json", "issues/opened.payload.json"})
    void membersOfTheWrongKindNeverThrow(String path) throws Exception {
        String event = path.substring(0, path.indexOf('/'));
        ObjectNode payload = (ObjectNode) JSON.readTree(Deliveries.payload(path));
        for (String key : Deliveries.parsed(path).members().keySet()) {
            for (String odd : new String[] {"42", "\"text\"", "[]", "null", "{}", "true"}) {
                ObjectNode changed = payload.deepCopy();
                changed.set(key, JSON.readTree(odd));
                DeliveryOutcome outcome = read(Deliveries.github(event, ID,
                        changed.toString().getBytes(StandardCharsets.UTF_8)));
                assertThat(outcome).as("%s with %s = %s", path, key, odd)
                        .isInstanceOfAny(Accepted.class, Rejected.class);
                if (outcome instanceof Rejected r) {
                    assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_SHAPE);
                    assertThat(r.message()).startsWith("webhook delivery " + ID + ": the " + event + " payload lacks ");
                }
            }
        }
    }
}
