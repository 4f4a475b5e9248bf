package dev.gantry.server.http;

import static dev.gantry.server.http.LoopbackApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.server.secret.RepositorySecrets;
import dev.gantry.server.store.Ids.RepositoryId;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secrets API over real HTTP: GitHub's shapes and statuses, values never sent back, clear refusals. */
class SecretRoutesTest {

    private static final String SECRETS = "/api/v1/repos/acme/web/actions/secrets";

    @TempDir
    Path dataDir;

    private LoopbackApi api;
    private RepositorySecrets secrets;
    private RepositoryId web;

    @BeforeEach
    void start() throws Exception {
        api = new LoopbackApi(dataDir, db -> {
            secrets = RepositorySecrets.of(db, dataDir);
            return List.of(SecretRoutes.of(db, secrets));
        });
        web = api.repository("acme", "web");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void put_creates_201_then_updates_204_and_the_job_gets_the_value() throws Exception {
        HttpResponse<String> created = put(SECRETS + "/deploy_token", "{\"value\": \"s3cr3t\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).isObject()).isTrue();
        HttpResponse<String> updated = put(SECRETS + "/DEPLOY_TOKEN", "{\"value\": \"n3w\"}");
        assertThat(updated.statusCode()).isEqualTo(204);
        assertThat(updated.body()).isEmpty();
        assertThat(secrets.forWorkflow(web, "${{ secrets.DEPLOY_TOKEN }}")).isEqualTo(Map.of("DEPLOY_TOKEN", "n3w"));
    }

    @Test
    void list_and_view_show_names_and_times_never_values() throws Exception {
        put(SECRETS + "/B_TOKEN", "{\"value\": \"value-b\"}");
        put(SECRETS + "/a_token", "{\"value\": \"value-a\"}");

        HttpResponse<String> listed = api.get(SECRETS);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain("value-");
        JsonNode body = json(listed);
        assertThat(body.get("total_count").asInt()).isEqualTo(2);
        assertThat(body.get("secrets").get(0).get("name").asText()).isEqualTo("A_TOKEN");
        assertThat(body.get("secrets").get(1).get("name").asText()).isEqualTo("B_TOKEN");
        assertThat(body.get("secrets").get(0).get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}Z");
        assertThat(body.get("secrets").get(0).has("updated_at")).isTrue();

        HttpResponse<String> one = api.get(SECRETS + "/a_Token");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json(one).get("name").asText()).isEqualTo("A_TOKEN");
        assertThat(one.body()).doesNotContain("value-");
        assertThat(json(api.get("/api/v1/repos/acme/other/actions/secrets")).get("message").asText())
                .isEqualTo("No repository acme/other.");
    }

    @Test
    void delete_answers_204_then_404() throws Exception {
        put(SECRETS + "/GONE", "{\"value\": \"x\"}");
        assertThat(delete(SECRETS + "/gone").statusCode()).isEqualTo(204);
        HttpResponse<String> again = delete(SECRETS + "/GONE");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(json(again).get("message").asText()).isEqualTo("No secret GONE in acme/web.");
        assertThat(api.get(SECRETS + "/GONE").statusCode()).isEqualTo(404);
        assertThat(json(api.get(SECRETS)).get("total_count").asInt()).isZero();
    }

    @Test
    void bad_requests_are_refused_with_a_sentence_and_store_nothing() throws Exception {
        assertRefused(put(SECRETS + "/1BAD", "{\"value\": \"x\"}"), 422,
                "Invalid secret name \"1BAD\": it must not start with a digit.");
        assertRefused(put(SECRETS + "/GITHUB_TOKEN", "{\"value\": \"x\"}"), 422,
                "Invalid secret name \"GITHUB_TOKEN\": names starting with GITHUB_ are reserved.");
        assertRefused(put(SECRETS + "/X", "{\"encrypted_value\": \"c2VhbGVk\", \"key_id\": \"1\"}"), 422,
                "Gantry takes the secret's value as \"value\", protected in transit by the API's TLS or loopback; "
                        + "it has no public key to seal an \"encrypted_value\" with.");
        assertRefused(put(SECRETS + "/X", "{\"value\": 42}"), 422, "The field \"value\" is missing: send {\"value\": \"…\"}.");
        assertRefused(put(SECRETS + "/X", "{\"value\": \"\"}"), 422, "The value of secret X is empty.");
        assertRefused(put(SECRETS + "/X", "{\"value\": \"" + "x".repeat(48 * 1024 + 1) + "\"}"), 422,
                "The value of secret X has 49153 bytes; the limit is 49152 (48 KiB).");
        assertRefused(put(SECRETS + "/X", "not json"), 400, null);
        assertRefused(put("/api/v1/repos/acme/nope/actions/secrets/X", "{\"value\": \"x\"}"), 404,
                "No repository acme/nope.");
        assertThat(api.get(SECRETS + "/public-key").statusCode()).isEqualTo(404);
        assertThat(json(api.get(SECRETS + "/public-key")).get("message").asText()).startsWith("Gantry has no public key");
        assertRefused(api.get(SECRETS + "/not-a-name"), 404, "No secret not-a-name in acme/web.");
        assertThat(api.send(HttpRequest.newBuilder(api.request(SECRETS).build().uri()).GET()).statusCode())
                .isEqualTo(401);
        assertThat(json(api.get(SECRETS)).get("total_count").asInt()).isZero();
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        if (message != null) {
            assertThat(json(response).get("message").asText()).isEqualTo(message);
        } else {
            assertThat(json(response).get("message").asText()).isNotBlank();
        }
    }

    private HttpResponse<String> put(String path, String body) throws Exception {
        return api.send(api.request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> delete(String path) throws Exception {
        return api.send(api.request(path).DELETE());
    }
}
