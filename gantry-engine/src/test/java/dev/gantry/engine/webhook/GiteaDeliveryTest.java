package dev.gantry.engine.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.event.Payload;
import dev.gantry.engine.event.Push;
import dev.gantry.engine.trigger.TriggerMatcher;
import dev.gantry.engine.webhook.DeliveryOutcome.Accepted;
import dev.gantry.engine.webhook.DeliveryOutcome.RejectReason;
import dev.gantry.engine.webhook.DeliveryOutcome.Rejected;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gitea and Forgejo deliveries: their own headers, a hex signature without prefix, and their event and activity
 * names translated to GitHub's. Their push payloads have GitHub's shape, so the real GitHub payloads stand in.
 */
class GiteaDeliveryTest {

    private static final String ID = "f6266f16-1bf3-46a5-9ea4-602e06ead473";

    private final DeliveryReader reader = new DeliveryReader();

    @ParameterizedTest
    @ValueSource(strings = {"Gitea", "Forgejo"})
    void aSignedPushIsAcceptedAsFromThatForge(String forge) {
        byte[] body = Deliveries.payload("push/with-new-branch.payload.json");
        Accepted accepted = (Accepted) reader.read(Deliveries.gitea(forge, "push", ID, body), Deliveries.SECRET);

        assertThat(accepted.id().forge()).isEqualTo(Forge.valueOf(forge.toUpperCase()));
        assertThat(accepted.id().key()).isEqualTo(forge.toLowerCase() + ":" + ID);
        assertThat(((Push) accepted.event()).ref()).isEqualTo("refs/heads/master");
    }

    @Test
    void theirSignatureHeaderIsRequiredEvenWithGithubsBesideIt() {
        byte[] body = Deliveries.payload("push/with-new-branch.payload.json");
        WebhookDelivery gitea = Deliveries.gitea("Gitea", "push", ID, body);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : new String[] {"X-Gitea-Event", "X-Gitea-Delivery", "X-GitHub-Event"}) {
            headers.put(name, gitea.header(name).orElseThrow());
        }
        headers.put("X-Hub-Signature-256", "sha256=" + Deliveries.SECRET.sign(body));

        assertThat(reader.read(WebhookDelivery.of(headers, body), Deliveries.SECRET)).isEqualTo(new Rejected(
                RejectReason.BAD_SIGNATURE, "webhook delivery " + ID + " has no X-Gitea-Signature header; the "
                        + "webhook must be configured with the repository's secret"));
    }

    @Test
    void aSignatureWithGithubsPrefixIsNotGiteasForm() {
        byte[] body = Deliveries.payload("push/with-new-branch.payload.json");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Forgejo-Event", "push");
        headers.put("X-Forgejo-Delivery", ID);
        headers.put("X-Forgejo-Signature", "sha256=" + Deliveries.SECRET.sign(body));

        assertThat(reader.read(WebhookDelivery.of(headers, body), Deliveries.SECRET))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason())
                        .isEqualTo(RejectReason.BAD_SIGNATURE));
    }

    @Test
    void aSynchronizedPullRequestIsGithubsSynchronizeActivity() {
        String body = new String(Deliveries.payload("pull_request/synchronize.payload.json"), StandardCharsets.UTF_8)
                .replace("\"action\": \"synchronize\"", "\"action\": \"synchronized\"");
        assertThat(body).contains("\"synchronized\"");
        Accepted accepted = (Accepted) reader.read(Deliveries.gitea("Gitea", "pull_request_sync", ID,
                body.getBytes(StandardCharsets.UTF_8)), Deliveries.SECRET);

        assertThat(accepted.event().name()).isEqualTo("pull_request");
        assertThat(accepted.event().action()).contains("synchronize");
        assertThat(new Payload(accepted.event().payload()).string("action")).contains("synchronize");
        assertThat(TriggerMatcher.match(WebhookTriggerTest.workflow("pull_request"), accepted.event()).matched())
                .isTrue();
    }

    @Test
    void finerEventNamesMapToGithubs() {
        assertThat(GiteaDialect.eventName("pull_request_label")).isEqualTo("pull_request");
        assertThat(GiteaDialect.eventName("pull_request_comment")).isEqualTo("issue_comment");
        assertThat(GiteaDialect.eventName("pull_request_review_approved")).isEqualTo("pull_request_review");
        assertThat(GiteaDialect.eventName("pull_request_review_comment")).isEqualTo("pull_request_review_comment");
        assertThat(GiteaDialect.eventName("issue_assign")).isEqualTo("issues");
        assertThat(GiteaDialect.eventName("issue_comment")).isEqualTo("issue_comment");
        assertThat(GiteaDialect.eventName("wiki")).isEqualTo("gollum");
        assertThat(GiteaDialect.eventName("push")).isEqualTo("push");
    }
}
