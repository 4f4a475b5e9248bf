package dev.gantry.server.hook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.engine.event.PullRequest;
import dev.gantry.engine.event.Push;
import dev.gantry.engine.webhook.WebhookSecret;
import dev.gantry.server.http.ApiServer;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.TokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook deliveries over real HTTP on loopback into a recording sink, with the real payloads of GitHub's
 * documentation signed as GitHub, Gitea and Forgejo sign them; the store-backed de-duplication runs on every
 * database Gantry supports (one subclass each).
 */
abstract class WebhookSuite {

    private static final String TOKEN = "test-token-0123456789";
    private static final String SECRET = "It's a Secret to Everybody";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUSH = "push/with-new-branch.payload.json";

    private final HttpClient http = HttpClient.newHttpClient();
    private final RecordingSink sink = new RecordingSink();
    private StoreLocation location;
    private Database db;
    private ApiServer server;

    abstract StoreLocation freshLocation() throws Exception;

    @BeforeEach
    void start() throws Exception {
        location = freshLocation();
        startServer();
        new TokenStore(db).add("admin", TOKEN);
        HttpResponse<String> created = send(authed("/api/v1/repos").POST(body(
                "{\"owner\": \"acme\", \"name\": \"shop\", \"webhook_secret\": \"" + SECRET + "\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @Test
    void aCorrectlySignedPushBecomesItsEventInTheSink() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> response = send(github("push", id, payload(PUSH), SECRET));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode reply = json(response);
        assertThat(reply.get("delivery").asText()).isEqualTo(id);
        assertThat(reply.get("event").asText()).isEqualTo("push");
        assertThat(reply.get("runs")).hasSize(1);
        assertThat(reply.get("notes").toString()).contains("recorded push");
        assertThat(reply.get("message").asText()).contains(id).contains("started 1 run");
        assertThat(sink.calls).singleElement().satisfies(call -> {
            assertThat(call.repository().fullName()).isEqualTo("acme/shop");
            assertThat(call.workflowPath()).isEmpty();
            Push push = (Push) call.event();
            assertThat(push.ref()).isEqualTo("refs/heads/master");
            assertThat(push.revision().sha()).isEqualTo("6113728f27ae82c7b1a177c8d03f9e96e0adf246");
        });
    }

    @Test
    void aWrongSignatureIsRefusedAndStartsNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> wrong = send(github("push", id, payload(PUSH), "not the secret"));

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("message").asText()).contains(id).contains("X-Hub-Signature-256");
        assertThat(sink.calls).isEmpty();
        byte[] tampered = payload(PUSH);
        HttpRequest.Builder signedOther = github("push", id, payload("create/payload.json"), SECRET);
        assertThat(send(withBody(signedOther, tampered)).statusCode()).isEqualTo(401);
        assertThat(send(github("push", id, payload(PUSH), SECRET)).statusCode())
                .as("a refused delivery is not recorded, so the genuine one is still accepted").isEqualTo(202);
    }

    @Test
    void aRedeliveryIsAnsweredWithoutStartingAnythingAgain() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(send(github("push", id, payload(PUSH), SECRET)).statusCode()).isEqualTo(202);
        HttpResponse<String> again = send(github("push", id, payload(PUSH), SECRET));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("message").asText()).contains(id).contains("already received");
        assertThat(json(again).get("runs")).isEmpty();
        assertThat(sink.calls).hasSize(1);
    }

    @Test
    void aRedeliveryIsRecognisedAfterTheServerRestarts() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(send(github("push", id, payload(PUSH), SECRET)).statusCode()).isEqualTo(202);
        stop();
        startServer();

        HttpResponse<String> again = send(github("push", id, payload(PUSH), SECRET));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("message").asText()).contains("already received");
        assertThat(sink.calls).hasSize(1);
    }

    @Test
    void aDeliveryWhoseRunsWereNotStoredIsNotRecordedSoItsRedeliveryStartsThem() throws Exception {
        String id = UUID.randomUUID().toString();
        sink.failures.set(1);
        HttpResponse<String> failed = send(github("push", id, payload(PUSH), SECRET));
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(json(failed).get("message").asText()).doesNotContain("at dev.");

        assertThat(send(github("push", id, payload(PUSH), SECRET)).statusCode()).isEqualTo(202);
        assertThat(sink.calls).hasSize(1);
    }

    @Test
    void giteaAndForgejoDeliveriesAreVerifiedWithTheirOwnHeaders() throws Exception {
        byte[] push = payload(PUSH);
        assertThat(send(gitea("Gitea", "push", "gitea-1", push, SECRET)).statusCode()).isEqualTo(202);
        byte[] pr = payload("pull_request/synchronize.payload.json");
        HttpResponse<String> forgejo = send(gitea("Forgejo", "pull_request_sync", "forgejo-1", pr, SECRET));
        assertThat(forgejo.statusCode()).isEqualTo(202);
        assertThat(json(forgejo).get("runs")).hasSize(2);
        assertThat(send(gitea("Gitea", "push", "gitea-2", push, "wrong")).statusCode()).isEqualTo(401);

        assertThat(sink.eventNames()).containsExactly("push", "pull_request", "pull_request_target");
        PullRequest synced = (PullRequest) sink.calls.get(1).event();
        assertThat(synced.action()).contains("synchronize");
        assertThat(send(gitea("Gitea", "push", "gitea-1", push, SECRET)).statusCode())
                .as("a Gitea redelivery").isEqualTo(200);
        assertThat(sink.calls).hasSize(3);
    }

    @Test
    void malformedJsonIsA400WithTheParsersPosition() throws Exception {
        byte[] broken = "{\n  \"ref\": \"refs/heads/main\",\n  \"after\": }".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(github("push", "bad-json", broken, SECRET));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).contains("bad-json:3:").contains("invalid JSON");
        HttpResponse<String> noRef = send(github("push", "no-ref", "{\"repository\": {\"full_name\": \"a/b\"}}"
                .getBytes(StandardCharsets.UTF_8), SECRET));
        assertThat(noRef.statusCode()).isEqualTo(422);
        assertThat(json(noRef).get("message").asText()).contains("ref");
        assertThat(sink.calls).isEmpty();
    }

    @Test
    void unknownRepositoriesMissingSecretsPingsAndOtherEventsGetClearAnswers() throws Exception {
        HttpResponse<String> unknown = send(github("push", "u-1", payload(PUSH), SECRET, "/api/v1/webhooks/acme/nope"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("message").asText()).contains("acme/nope");

        send(authed("/api/v1/repos").POST(body("{\"owner\": \"acme\", \"name\": \"open\"}")));
        HttpResponse<String> noSecret = send(github("push", "u-2", payload(PUSH), SECRET, "/api/v1/webhooks/acme/open"));
        assertThat(noSecret.statusCode()).isEqualTo(403);
        assertThat(json(noSecret).get("message").asText()).contains("acme/open").contains("webhook-secret");

        HttpResponse<String> ping = send(github("ping", "p-1", payload("ping/payload.json"), SECRET));
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(json(ping).get("message").asText()).startsWith("Pong");
        HttpResponse<String> member = send(github("member", "m-1", payload("member/added.payload.json"), SECRET));
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(json(member).get("message").asText()).contains("member events").contains("ignored");
        HttpResponse<String> headless = send(withBody(HttpRequest.newBuilder(uri("/api/v1/webhooks/acme/shop")),
                payload(PUSH)));
        assertThat(headless.statusCode()).isEqualTo(400);
        assertThat(json(headless).get("message").asText()).contains("X-GitHub-Event");
        assertThat(sink.calls).isEmpty();
    }

    @Test
    void theSecretIsSetWithTheTokenAndNeverEchoed() throws Exception {
        String path = "/api/v1/repos/acme/shop/webhook-secret";
        HttpRequest.Builder anonymous = HttpRequest.newBuilder(uri(path)).PUT(body("{\"secret\": \"new\"}"));
        assertThat(send(anonymous).statusCode()).isEqualTo(401);
        assertThat(send(authed(path).PUT(body("{\"secret\": \"\"}"))).statusCode()).isEqualTo(422);
        assertThat(send(authed("/api/v1/repos/acme/none/webhook-secret").PUT(body("{\"secret\": \"x\"}")))
                .statusCode()).isEqualTo(404);

        HttpResponse<String> set = send(authed(path).PUT(body("{\"secret\": \"rotated secret\"}")));
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(set.body()).doesNotContain("rotated secret");
        assertThat(send(github("push", "r-1", payload(PUSH), SECRET)).statusCode()).isEqualTo(401);
        assertThat(send(github("push", "r-2", payload(PUSH), "rotated secret")).statusCode()).isEqualTo(202);
    }

    @Test
    void aPayloadOverTheApisOwnBodyLimitIsStillAccepted() throws Exception {
        String push = new String(payload(PUSH), StandardCharsets.UTF_8);
        char[] padding = new char[(int) ApiServer.MAX_BODY + 1000];
        Arrays.fill(padding, 'x');
        byte[] large = ("{\"padding\": \"" + new String(padding) + "\", " + push.strip().substring(1))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(send(github("push", "large-1", large, SECRET)).statusCode()).isEqualTo(202);
        assertThat(sink.calls).hasSize(1);
    }

    // --- fixtures -----------------------------------------------------------------------------------------

    private void startServer() throws Exception {
        db = Database.open(location);
        server = ApiServer.start(db, "127.0.0.1", 0, List.of(new WebhookRoutes(db, sink, Clock.systemUTC())));
    }

    private HttpRequest.Builder github(String event, String id, byte[] body, String secret) {
        return github(event, id, body, secret, "/api/v1/webhooks/acme/shop");
    }

    private HttpRequest.Builder github(String event, String id, byte[] body, String secret, String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-GitHub-Event", event);
        headers.put("X-GitHub-Delivery", id);
        headers.put("X-Hub-Signature-256", "sha256=" + WebhookSecret.of(secret).sign(body));
        return delivery(path, headers, body);
    }

    /** Signed as Gitea ({@code forge} "Gitea") or Forgejo do: their own headers beside GitHub's, hex without prefix. */
    private HttpRequest.Builder gitea(String forge, String event, String id, byte[] body, String secret) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-GitHub-Event", event);
        headers.put("X-GitHub-Delivery", id);
        headers.put("X-" + forge + "-Event", event);
        headers.put("X-" + forge + "-Delivery", id);
        headers.put("X-" + forge + "-Signature", WebhookSecret.of(secret).sign(body));
        return delivery("/api/v1/webhooks/acme/shop", headers, body);
    }

    private HttpRequest.Builder delivery(String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
        headers.forEach(request::header);
        return withBody(request, body);
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request, byte[] body) {
        return request.POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpRequest.Builder authed(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static byte[] payload(String path) {
        try (InputStream in = WebhookSuite.class.getResourceAsStream("/conformance/webhooks/api.github.com/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test payload " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
