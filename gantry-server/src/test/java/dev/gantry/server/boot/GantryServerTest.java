package dev.gantry.server.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole server from its config: health, the admin token generated once or given by the operator, restarts. */
class GantryServerTest {

    private static final Pattern TOKEN = Pattern.compile("^\\s+(gantry_[0-9a-f]{48})$", Pattern.MULTILINE);

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aGeneratedAdminTokenIsPrintedOnceAndStillWorksAfterARestart() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        String token;
        try (GantryServer server = GantryServer.start(config(Optional.empty()), print(first))) {
            assertThat(status(server, "/api/v1/health", Optional.empty())).isEqualTo(200);
            Matcher printed = TOKEN.matcher(first.toString(StandardCharsets.UTF_8));
            assertThat(printed.find()).as("token printed in: %s", first).isTrue();
            token = printed.group(1);
            assertThat(status(server, "/api/v1/repos", Optional.of(token))).isEqualTo(200);
        }
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (GantryServer server = GantryServer.start(config(Optional.empty()), print(second))) {
            assertThat(second.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(status(server, "/api/v1/repos", Optional.of(token))).isEqualTo(200);
            assertThat(status(server, "/api/v1/repos", Optional.empty())).isEqualTo(401);
        }
    }

    @Test
    void anOperatorsTokenIsStoredAndNothingIsGenerated() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (GantryServer server = GantryServer.start(config(Optional.of("from-the-environment")), print(err))) {
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(status(server, "/api/v1/repos", Optional.of("from-the-environment"))).isEqualTo(200);
            assertThat(status(server, "/api/v1/repos", Optional.of("something-else"))).isEqualTo(401);
            assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port());
        }
    }

    @Test
    void webhookDeliveriesReachTheWiredRouteWithoutAToken() throws Exception {
        try (GantryServer server = GantryServer.start(config(Optional.of("admin")), print(new ByteArrayOutputStream()))) {
            HttpRequest delivery = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/webhooks/acme/none"))
                    .header("X-GitHub-Event", "push").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            HttpResponse<String> response = http.send(delivery, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("acme/none");
            assertThat(server.schedules()).isNotNull();
        }
    }

    @Test
    void theSecretsRoutesAreWiredAndTheKeyIsKeptInTheDataFolder() throws Exception {
        try (GantryServer server = GantryServer.start(config(Optional.of("admin")), print(new ByteArrayOutputStream()))) {
            HttpRequest create = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/repos"))
                    .header("Authorization", "Bearer admin")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"owner\": \"acme\", \"name\": \"web\"}")).build();
            assertThat(http.send(create, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(201);
            HttpRequest put = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/repos/acme/web/actions/secrets/X"))
                    .header("Authorization", "Bearer admin")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"v\"}")).build();
            assertThat(http.send(put, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(201);
            assertThat(java.nio.file.Files.size(dataDir.resolve("keys/secrets.key"))).isEqualTo(32);
            assertThat(status(server, "/api/v1/repos/acme/web/actions/secrets/X", Optional.of("admin"))).isEqualTo(200);
            assertThat(status(server, "/api/v1/repos/acme/web/actions/secrets", Optional.empty())).isEqualTo(401);
        }
    }

    private ServerConfig config(Optional<String> adminToken) {
        return new ServerConfig("127.0.0.1", 0, dataDir, Optional.empty(), adminToken);
    }

    private static PrintWriter print(ByteArrayOutputStream out) {
        return new PrintWriter(out, true, StandardCharsets.UTF_8);
    }

    private int status(GantryServer server, String path, Optional<String> token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
